package dev.feedrafter.fetch;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses a Retry-After header: delay in seconds or an HTTP-date. */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(now.plusSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
