package dev.feedrafter.fetch;

import dev.feedrafter.FeedrafterException;
import java.net.URI;

/** A fetch could not be made at all (refused address, bad URL); carries the URL. */
public class FetchException extends FeedrafterException {
    private static final long serialVersionUID = 1L;
    private final String url;

    public FetchException(URI url, String message) {
        super(url + ": " + message);
        this.url = String.valueOf(url);
    }

    public FetchException(URI url, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.url = String.valueOf(url);
    }

    public String url() {
        return url;
    }
}
