package dev.feedrafter.store;

import java.time.Instant;

/**
 * What is known of one feed between polls: its current URL (after permanent redirects), validators for
 * conditional GET, and its health. Times and texts are null until something happened.
 */
public record FeedState(String name, String configuredUrl, String currentUrl, String etag, String lastModified,
                        Instant lastPolledAt, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
                        int failuresInRow, Instant nextAttemptAt, boolean disabled) {
    /** True until the feed's first successful poll, when only recent entries are drafted. */
    public boolean isNew() {
        return lastSuccessAt == null;
    }
}
