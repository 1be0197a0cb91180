package dev.feedrafter.fetch;

import java.net.URI;

/** What to fetch, with the validators from the previous fetch (null when unknown) for a conditional GET. */
public record FetchRequest(URI url, Kind kind, String etag, String lastModified) {
    /**
     * Feeds, pages and JSON APIs ask for different content types; only pages, which Feedrafter reads as a crawler
     * would, are subject to robots.txt.
     */
    public enum Kind { FEED, PAGE, API }

    public static FetchRequest feed(URI url, String etag, String lastModified) {
        return new FetchRequest(url, Kind.FEED, etag, lastModified);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, Kind.PAGE, null, null);
    }

    /** A call to a JSON API meant for programs (such as Crossref's), which robots.txt does not govern. */
    public static FetchRequest api(URI url) {
        return new FetchRequest(url, Kind.API, null, null);
    }
}
