package dev.feedrafter.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to poll a feed next: its own interval after a success; after failures, exponentially longer with
 * jitter, capped at a day, so a broken server is neither hammered nor forgotten.
 */
public final class Backoff {
    static final Duration CAP = Duration.ofHours(24);

    private Backoff() {}

    public static Instant afterSuccess(Instant now, Duration interval) {
        return now.plus(interval);
    }

    public static Instant afterFailure(Instant now, Duration interval, int failuresInRow) {
        long factor = 1L << Math.min(Math.max(failuresInRow, 1), 10);
        Duration delay = interval.multipliedBy(factor);
        if (delay.compareTo(CAP) > 0) {
            delay = CAP;
        }
        long jitter = (long) (delay.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble());
        return now.plus(delay).plusMillis(jitter);
    }
}
