package dev.feedrafter.web;

import dev.feedrafter.util.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} wrong passwords for one name from one address,
 * each further attempt must wait, 30 s at first and twice as long after each failure, at most 15 minutes. A
 * success, or a quiet hour, forgets the failures. Kept in memory: a restart forgets it too.
 */
public final class LoginThrottle {
    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = Check.notNull(clock, "clock");
    }

    /** How long {@code name} from {@code address} must still wait before trying again; empty: may try now. */
    public synchronized Optional<Duration> waitFor(String name, String address) {
        Failures f = failures.get(key(name, address));
        Instant now = clock.instant();
        if (f == null || f.count() < FREE_ATTEMPTS || now.isAfter(f.last().plus(FORGET_AFTER))) {
            return Optional.empty();
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(10, f.count() - FREE_ATTEMPTS));
        Instant until = f.last().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        failures.merge(key(name, address), new Failures(1, now), (old, one) ->
                now.isAfter(old.last().plus(FORGET_AFTER)) ? one : new Failures(old.count() + 1, now));
    }

    public synchronized void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    private static String key(String name, String address) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
