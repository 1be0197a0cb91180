package dev.feedrafter.fetch;

import dev.feedrafter.util.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When a feed may be polled next. After a success: its schedule's interval, or longer when the feed asks for
 * less frequent polling (RSS {@code <ttl>}, {@code Cache-Control: max-age}, {@code Expires}), at most
 * {@code maxHinted}. After failures: exponentially longer with jitter, at most {@code maxBackoff}, and never
 * before a server's Retry-After. Every time is counted from the start of the poll, less a small slack, so that
 * a timer firing on the schedule finds the feed due and never skips it by a few milliseconds.
 */
public final class NextAttempt {
    private static final Duration MAX_SLACK = Duration.ofMinutes(1);
    private static final double JITTER = 0.1;

    private NextAttempt() {}

    /** {@code hint} (may be null) is what the feed itself asks for, see {@link FeedHints}. */
    public static Instant afterSuccess(Instant start, Duration interval, Duration hint, Duration maxHinted) {
        Check.notNull(start, "start");
        Check.notNull(interval, "interval");
        Duration delay = interval;
        if (hint != null && hint.compareTo(interval) > 0) {
            delay = min(hint, max(interval, maxHinted));
        }
        return start.plus(delay).minus(slack(interval));
    }

    /**
     * {@code failuresInRow} counts this failure too; {@code retryAt} (may be null) is the server's Retry-After;
     * {@code random} gives numbers in [0, 1) for the jitter.
     */
    public static Instant afterFailure(Instant start, Duration interval, int failuresInRow, Instant retryAt,
                                       Duration maxBackoff, DoubleSupplier random) {
        Check.notNull(start, "start");
        Check.notNull(interval, "interval");
        Duration cap = max(interval, maxBackoff);
        int doublings = Math.min(Math.max(failuresInRow, 1) - 1, 30);
        Duration delay = interval.toSeconds() << doublings > cap.toSeconds() || doublings == 30 ? cap
                : interval.multipliedBy(1L << doublings);
        double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
        delay = min(cap, Duration.ofMillis((long) (delay.toMillis() * factor)));
        Instant next = start.plus(delay).minus(slack(interval));
        if (retryAt != null && retryAt.isAfter(next)) {
            next = min(retryAt, start.plus(cap));
        }
        return next;
    }

    private static Duration slack(Duration interval) {
        return min(interval.dividedBy(20), MAX_SLACK);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
