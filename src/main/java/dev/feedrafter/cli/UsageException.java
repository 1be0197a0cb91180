package dev.feedrafter.cli;

import dev.feedrafter.FeedrafterException;

/** The user asked for something that does not exist (an unknown feed, a draft id that is not there): exit 2. */
final class UsageException extends FeedrafterException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
