package dev.feedrafter.store;

import dev.feedrafter.FeedrafterException;

/** The database failed or refused an operation; says which. */
public class StoreException extends FeedrafterException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
