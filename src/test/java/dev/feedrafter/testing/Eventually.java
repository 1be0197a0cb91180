package dev.feedrafter.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of sleeping a fixed time; the bound is generous, the usual wait short. */
public final class Eventually {
    private static final long CHECK_MILLIS = 50;

    private Eventually() {}

    /** Returns as soon as {@code condition} holds; fails with {@code what} when it does not within {@code limit}. */
    public static void await(String what, Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
