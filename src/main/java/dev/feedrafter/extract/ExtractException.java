package dev.feedrafter.extract;

import dev.feedrafter.FeedrafterException;

/** A page could not be read at all; names the URL. */
public class ExtractException extends FeedrafterException {
    private static final long serialVersionUID = 1L;
    private final String url;

    public ExtractException(String url, String message, Throwable cause) {
        super(url + ": " + message, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
