package dev.feedrafter.fetch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Parses a Retry-After header: a delay in seconds or an HTTP-date. Anything else is ignored. */
final class RetryAfter {
    /** Longer delays are read as this; the poller caps them further. */
    private static final long MAX_SECONDS = 365L * 24 * 3600;

    private RetryAfter() {}

    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d{1,18}")) {
            long seconds = Math.min(Long.parseLong(value), MAX_SECONDS);
            return Optional.of(now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds));
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
