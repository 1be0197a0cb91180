package dev.feedrafter.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found on research-news pages and feeds into UTC instants: ISO 8601 with or without
 * zone or time, RFC 1123, and visible dates such as "November 25, 2026", "Nov. 25, 2026", "25 November 2026"
 * and "14-Apr-2023". A date without a zone is taken as UTC.
 */
public final class Dates {
    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
            pattern("d-MMM-uuuu"), pattern("MMMM d uuuu"), pattern("uuuu/MM/dd"), pattern("MMMM uuuu"));
    private static final Pattern VISIBLE = Pattern.compile(
            "\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}[\\s-](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[\\s-]\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    /** What pages print beside or instead of a visible date: "2026-11-25T10:15", "11/25/2026", "10:15 AM EST", "Tuesday". */
    private static final Pattern DATE_PARTS = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?"
            + "(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
            + "|\\b\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?-i:[A-Z]{2,4})|\\s?GMT[+-]\\d+)?(?![\\p{L}\\p{N}])"
            + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {}

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        for (var attempt : List.<java.util.function.Supplier<Instant>>of(
                () -> OffsetDateTime.parse(s).toInstant(),
                () -> ZonedDateTime.parse(s).toInstant(),
                () -> OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant(),
                () -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
                () -> LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s)
                        .atStartOfDay().toInstant(ZoneOffset.UTC),
                () -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())) {
            try {
                return Optional.of(attempt.get());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return parseLocalDate(s).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The first visible date in running text, e.g. in a byline "Posted on November 25, 2026 by …". */
    public static Optional<Instant> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VISIBLE.matcher(text);
        while (m.find()) {
            Optional<Instant> found = parse(m.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The text with its dates and times taken out ("Jane Doe | November 25, 2026, 10:15 AM" → "Jane Doe | , "). */
    public static String withoutDates(String text) {
        if (text == null) {
            return "";
        }
        return DATE_PARTS.matcher(VISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    private static Optional<LocalDate> parseLocalDate(String s) {
        String normalized = Texts.squash(s.replace(".", " ").replace("Sept ", "Sep ")).replace(" ,", ",");
        for (DateTimeFormatter f : LOCAL_DATES) {
            try {
                var parsed = f.parse(normalized);
                int day = parsed.isSupported(ChronoField.DAY_OF_MONTH) ? parsed.get(ChronoField.DAY_OF_MONTH) : 1;
                return Optional.of(LocalDate.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                        day));
            } catch (java.time.DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static final DateTimeFormatter OFFSET_NO_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("xx").toFormatter(Locale.ROOT);

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}
