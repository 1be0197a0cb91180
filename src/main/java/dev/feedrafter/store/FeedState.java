package dev.feedrafter.store;

import java.time.Duration;
import java.time.Instant;

/**
 * What is known of one feed between polls: its current URL (after permanent redirects), validators for
 * conditional GET, and its health. {@code nextAttemptAt} is the one truth of when the feed may be polled again
 * (null: now). Times and texts are null until something happened. {@code ttl} is the feed's own RSS {@code <ttl>}
 * from its last full answer (null: none), still in force after a 304.
 */
public record FeedState(String name, String configuredUrl, String currentUrl, String etag, String lastModified,
                        Instant lastPolledAt, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
                        int failuresInRow, Instant nextAttemptAt, boolean disabled, int goneInRow,
                        String disabledReason, Duration ttl) {
    /** True until the feed's first successful poll, when only recent entries are drafted. */
    public boolean isNew() {
        return lastSuccessAt == null;
    }

    /** True when a permanent redirect moved the feed away from the URL in feeds.yml. */
    public boolean moved() {
        return !currentUrl.equals(configuredUrl);
    }

    /** True when the feed may be polled at {@code now}. */
    public boolean isDue(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }
}
