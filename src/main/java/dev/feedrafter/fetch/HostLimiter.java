package dev.feedrafter.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host: at most {@code maxPerHost} requests at once, and request starts spaced by at least the
 * minimum delay (or a longer one the host asks for in its robots.txt), however many threads fetch.
 */
final class HostLimiter {
    private final int maxPerHost;
    private final long minDelayNanos;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostLimiter(int maxPerHost, Duration minDelay) {
        this.maxPerHost = maxPerHost;
        this.minDelayNanos = minDelay.toNanos();
    }

    /** Held while a request runs; closing it frees the slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a free slot and this host's turn; {@code hostDelay} (may be zero) lengthens the spacing. */
    Permit acquire(String host, Duration hostDelay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(maxPerHost));
        h.slots.acquire();
        try {
            long wait = h.reserveStart(Math.max(minDelayNanos, hostDelay.toNanos()));
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }

    private static final class Host {
        final Semaphore slots;
        private long nextStart = Long.MIN_VALUE;

        Host(int maxPerHost) {
            this.slots = new Semaphore(maxPerHost, true);
        }

        /** Books the next start time for a caller and returns how long it must wait for it, in nanoseconds. */
        synchronized long reserveStart(long delayNanos) {
            long now = System.nanoTime();
            long start = nextStart == Long.MIN_VALUE || nextStart - now < 0 ? now : nextStart;
            nextStart = start + delayNanos;
            return start - now;
        }
    }
}
