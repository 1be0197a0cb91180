package dev.feedrafter.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that feeds carry into UTC instants: RFC 822 in all its real-world shapes (zone names
 * such as EST/EDT/PDT, two-digit years, long month names, missing seconds or time, stray commas, swapped
 * month and day, asctime), W3C/ISO 8601 variants (date-only, year-month, space for {@code T}, fractions,
 * offsets without colon) and a few localized forms. A value without a zone is UTC; a value that names an
 * impossible date or time yields nothing rather than a wrong instant.
 */
public final class FeedDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2}))?)?"
            + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?"
            + "(Z|[+-]\\d{2}:?\\d{2})?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{2})-?(\\d{2})-?(\\d{2})|-(\\d{2})-?(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2}):?(\\d{2})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERFORCE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*[-년]\\s*(\\d{1,2})\\s*[-월]\\s*(\\d{1,2})일?"
            + "\\s+(오전|오후)?\\s*(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** Zone names used by feeds, in hours (and minutes for the half-hour zones) east of UTC. */
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("etc/gmt", 0),
            Map.entry("etc/utc", 0), Map.entry("wet", 0), Map.entry("bst", 60), Map.entry("west", 60),
            Map.entry("cet", 60), Map.entry("met", 60), Map.entry("cest", 120), Map.entry("mest", 120),
            Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("msk", 180), Map.entry("ist", 330),
            Map.entry("sgt", 480), Map.entry("hkt", 480), Map.entry("awst", 480), Map.entry("jst", 540),
            Map.entry("kst", 540), Map.entry("acst", 570), Map.entry("aest", 600), Map.entry("aedt", 660),
            Map.entry("nzst", 720), Map.entry("nzdt", 780), Map.entry("at", -240), Map.entry("ast", -240),
            Map.entry("adt", -180), Map.entry("et", -300), Map.entry("est", -300), Map.entry("edt", -240),
            Map.entry("ct", -360), Map.entry("cst", -360), Map.entry("cdt", -300), Map.entry("mt", -420),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pt", -480), Map.entry("pst", -480),
            Map.entry("pdt", -420), Map.entry("akst", -540), Map.entry("akdt", -480), Map.entry("hst", -600),
            Map.entry("nst", -210), Map.entry("ndt", -150));
    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("Ιαν", "Jan"), Map.entry("Φεβ", "Feb"),
            Map.entry("Μάρ", "Mar"), Map.entry("Μαρ", "Mar"), Map.entry("Απρ", "Apr"),
            Map.entry("Μάι", "May"), Map.entry("Μαϊ", "May"), Map.entry("Μαι", "May"), Map.entry("Ιούν", "Jun"),
            Map.entry("Ιον", "Jun"), Map.entry("Ιούλ", "Jul"), Map.entry("Ιολ", "Jul"), Map.entry("Αύγ", "Aug"),
            Map.entry("Αυγ", "Aug"), Map.entry("Σεπ", "Sep"), Map.entry("Οκτ", "Oct"), Map.entry("Νοέ", "Nov"),
            Map.entry("Νοε", "Nov"), Map.entry("Δεκ", "Dec"));
    private static final Map<String, String> HUNGARIAN = Map.ofEntries(Map.entry("január", "01"),
            Map.entry("február", "02"), Map.entry("március", "03"), Map.entry("április", "04"),
            Map.entry("május", "05"), Map.entry("június", "06"), Map.entry("július", "07"),
            Map.entry("augusztus", "08"), Map.entry("szeptember", "09"), Map.entry("október", "10"),
            Map.entry("november", "11"), Map.entry("december", "12"));
    private static final ZoneOffset KOREA = ZoneOffset.ofHours(9);

    private FeedDates() {}

    /** The instant a feed's date value names; empty when the value is blank or not a valid date. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip().replaceAll("\\s+", " ");
        try {
            return Optional.ofNullable(parseOrNull(localized(s)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Instant parseOrNull(String s) {
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return iso(m);
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return at(LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6)), m.group(7));
        }
        if ((m = SHORT_YEAR.matcher(s)).matches()) {
            return m.group(1) != null
                    ? midnight(LocalDate.of(fullYear(num(m, 1)), num(m, 2), num(m, 3)))
                    : midnight(LocalDate.of(fullYear(num(m, 4)), num(m, 5), 1));
        }
        if ((m = KOREAN.matcher(s)).matches()) {
            int hour = num(m, 5) % 12 + ("오후".equals(m.group(4)) ? 12 : 0);
            int hours = m.group(4) == null ? num(m, 5) : hour;
            return LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), hours, num(m, 6), num(m, 7))
                    .toInstant(KOREA);
        }
        return textual(s);
    }

    private static Instant iso(Matcher m) {
        int year = num(m, 1);
        int month = m.group(2) == null ? 1 : num(m, 2);
        int day = m.group(3) == null ? 1 : num(m, 3);
        if (m.group(4) == null) {
            return midnight(LocalDate.of(year, month, day));
        }
        return at(LocalDateTime.of(year, month, day, num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6)),
                m.group(7));
    }

    /**
     * RFC 822 and its relatives, read token by token so that the order of the parts may vary:
     * "Thu, 01 Jan 2004 19:48:21 GMT", "Thu Aug 30 2012 17:26:16 +0200", "Sun Jan  4 16:29:06 2004",
     * "Fri, 2006/09/15 08:19:53 EDT". Any token that is not a weekday, month, number, time or zone
     * makes the value invalid.
     */
    private static Instant textual(String s) {
        Integer day = null;
        Integer month = null;
        Integer year = null;
        int[] time = {0, 0, 0};
        Integer offsetMinutes = null;
        for (String token : s.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m;
            String lower = token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if ((m = TIME.matcher(token)).matches()) {
                time = new int[] {num(m, 1), num(m, 2), m.group(3) == null ? 0 : num(m, 3)};
            } else if ((m = PERFORCE.matcher(token)).matches()) {
                year = num(m, 1);
                month = num(m, 2);
                day = num(m, 3);
            } else if (token.matches("\\d{1,4}")) {
                int n = Integer.parseInt(token);
                if (token.length() <= 2 && day == null) {
                    day = n;
                } else if (year == null) {
                    year = token.length() <= 2 ? fullYear(n) : n;
                } else {
                    return null;
                }
            } else if (month == null && month(lower) != null) {
                month = month(lower);
            } else if (isWeekday(lower)) {
                continue;
            } else if (ZONE_MINUTES.containsKey(lower)) {
                offsetMinutes = ZONE_MINUTES.get(lower);
            } else if ((m = OFFSET.matcher(token)).matches()) {
                offsetMinutes = offsetMinutes(m);
            } else {
                return null;
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, time[0], time[1], time[2]);
        return local.toInstant(ZoneOffset.ofTotalSeconds((offsetMinutes == null ? 0 : offsetMinutes) * 60));
    }

    private static Instant at(LocalDateTime local, String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z")) {
            return local.toInstant(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(zone);
        if (!m.matches()) {
            throw new DateTimeException("bad offset " + zone);
        }
        return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes(m) * 60));
    }

    private static int offsetMinutes(Matcher m) {
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 18 || minutes > 59) {
            throw new DateTimeException("offset out of range");
        }
        return ("-".equals(m.group(1)) ? -1 : 1) * (hours * 60 + minutes);
    }

    /** Greek and Hungarian month names, as some feeds localize them, turned into the forms read above. */
    private static String localized(String s) {
        String out = s;
        if (out.chars().anyMatch(c -> c >= 0x370 && c <= 0x3FF)) {
            for (Map.Entry<String, String> e : GREEK.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            out = out.replaceFirst("^[\\p{IsGreek}]+,", "");
        }
        for (Map.Entry<String, String> e : HUNGARIAN.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static boolean isWeekday(String lower) {
        return lower.matches("(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?");
    }

    /** The month of an English month name or its abbreviation ("Sept" too); null for any other word. */
    private static Integer month(String lower) {
        if (lower.length() < 3) {
            return null;
        }
        Integer month = MONTHS.get(lower.substring(0, 3));
        boolean named = month != null && (lower.length() == 3 || lower.equals("sept")
                || Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(lower));
        return named ? month : null;
    }

    /** Two-digit years as feedparser reads them: 00–49 are 20xx, 50–99 are 19xx. */
    private static int fullYear(int twoDigits) {
        return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
