package dev.feedrafter.pipeline;

import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.fetch.FeedHints;
import dev.feedrafter.fetch.NextAttempt;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.quartz.CronExpression;

/**
 * Records how a poll of a feed went on its row, and with it when the feed may be polled next
 * ({@code feed_state.next_attempt_at}, which the scheduler obeys): one interval after a success, or longer when
 * the feed asks for it; after failures, exponential backoff that a Retry-After can only lengthen; and after
 * {@code fetch.disable_after_gone} 410 answers in a row, never until its URL in feeds.yml changes.
 */
final class FeedHealth {
    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

    private final Database db;
    private final FetchConfig fetch;
    private final DoubleSupplier random;

    FeedHealth(Database db, FetchConfig fetch) {
        this(db, fetch, () -> ThreadLocalRandom.current().nextDouble());
    }

    FeedHealth(Database db, FetchConfig fetch, DoubleSupplier random) {
        this.db = db;
        this.fetch = fetch;
        this.random = random;
    }

    /**
     * A 200 or 304. {@code ttl} is the feed's RSS {@code <ttl>} (after a 304, the one its last full answer gave),
     * {@code cacheControl} and {@code expires} the answer's headers; each may be null. The longest of them is how
     * long the feed says it stays fresh; the TTL is kept for the next 304.
     */
    void success(FeedSource feed, Instant start, String currentUrl, String etag, String lastModified, Duration ttl,
                 String cacheControl, String expires) {
        Duration hint = FeedHints.freshFor(ttl, cacheControl, expires, start);
        Instant next = NextAttempt.afterSuccess(start, interval(feed, start), hint, fetch.maxHintedInterval());
        db.transaction(s -> {
            s.feeds().recordSuccess(feed.name(), currentUrl, etag, lastModified, ttl, start, next);
            return null;
        });
    }

    /**
     * A failed poll; {@code retryAt} (may be null) is the server's Retry-After. Returns the message to report,
     * which says so when this failure disabled the feed.
     */
    String failure(FeedSource feed, Instant start, String error, boolean gone, Instant retryAt) {
        return db.transaction(s -> {
            FeedState state = s.feeds().ensure(feed);
            int failures = state.failuresInRow() + 1;
            s.feeds().recordFailure(feed.name(), error, start, NextAttempt.afterFailure(start, interval(feed, start),
                    failures, retryAt, fetch.maxBackoff(), random), gone);
            int goneInRow = gone ? state.goneInRow() + 1 : 0;
            if (goneInRow < fetch.disableAfterGone()) {
                return error;
            }
            String reason = "HTTP 410 Gone " + goneInRow + " times in a row; change the feed's url in feeds.yml "
                    + "to poll it again";
            s.feeds().disable(feed.name(), reason);
            return error + " — feed disabled: " + reason;
        });
    }

    /** The feed's interval; for a cron schedule, the time until its next firing. */
    static Duration interval(FeedSource feed, Instant now) {
        if (feed.schedule().every() != null) {
            return feed.schedule().every();
        }
        try {
            CronExpression cron = new CronExpression(feed.schedule().cron());
            Date next = cron.getNextValidTimeAfter(Date.from(now));
            return next == null ? DEFAULT_INTERVAL : Duration.between(now, next.toInstant());
        } catch (java.text.ParseException e) {  // validated with feeds.yml; kept safe all the same
            return DEFAULT_INTERVAL;
        }
    }
}
