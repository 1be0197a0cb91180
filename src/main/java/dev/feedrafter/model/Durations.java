package dev.feedrafter.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the short durations of feeds.yml: {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}. */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|h|d)");

    private Durations() {}

    public static Optional<Duration> parse(String text) {
        Matcher m = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }

    public static String format(Duration d) {
        long s = d.getSeconds();
        if (s % 86400 == 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
