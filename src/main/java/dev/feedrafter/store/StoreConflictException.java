package dev.feedrafter.store;

/**
 * A transaction broke a uniqueness rule because another one stored the same thing first (e.g. two polls
 * meeting the same study at once). Running the work again sees the other's result.
 */
public class StoreConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
