package dev.feedrafter;

/**
 * The one unchecked exception of Feedrafter. Each stage has a subtype that carries its context
 * (feed, URL, file position) in fields and in the message, so a user sees what failed and where.
 */
public class FeedrafterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FeedrafterException(String message) {
        super(message);
    }

    public FeedrafterException(String message, Throwable cause) {
        super(message, cause);
    }
}
