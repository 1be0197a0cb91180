package dev.feedrafter.fetch;

import java.net.URI;

/** What to fetch, with the validators from the previous fetch (null when unknown) for a conditional GET. */
public record FetchRequest(URI url, Kind kind, String etag, String lastModified) {
    /** Feeds and pages ask for different content types. */
    public enum Kind { FEED, PAGE }

    public static FetchRequest feed(URI url, String etag, String lastModified) {
        return new FetchRequest(url, Kind.FEED, etag, lastModified);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, Kind.PAGE, null, null);
    }
}
