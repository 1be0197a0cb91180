package dev.feedrafter.web;

import dev.feedrafter.FeedrafterException;

/** The web server could not start, e.g. because its port is taken; the message names host and port. */
public class WebException extends FeedrafterException {
    private static final long serialVersionUID = 1L;

    public WebException(String message, Throwable cause) {
        super(message, cause);
    }
}
