package dev.feedrafter.fetch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a feed says it stays fresh: the longest of its RSS {@code <ttl>}, its {@code Cache-Control: max-age}
 * and its {@code Expires} date. Publishers use these to ask readers to poll less often.
 */
public final class FeedHints {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})\"?");

    private FeedHints() {}

    /** Null when the feed gives no usable hint. Every argument may be null. */
    public static Duration freshFor(Duration ttl, String cacheControl, String expires, Instant now) {
        Duration best = ttl != null && !ttl.isNegative() && !ttl.isZero() ? ttl : null;
        best = longer(best, maxAge(cacheControl));
        return longer(best, untilExpires(expires, now));
    }

    static Duration maxAge(String cacheControl) {
        if (cacheControl == null) {
            return null;
        }
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        if (cc.contains("no-cache") || cc.contains("no-store")) {
            return null;
        }
        Matcher m = MAX_AGE.matcher(cc);
        return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
    }

    static Duration untilExpires(String expires, Instant now) {
        if (expires == null || expires.isBlank() || now == null) {
            return null;
        }
        try {
            Instant at = ZonedDateTime.parse(expires.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : null;
        } catch (DateTimeException e) {
            return null;  // "0", "-1" and other invalid dates mean "already expired"
        }
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null || b != null && b.compareTo(a) > 0) {
            return b;
        }
        return a;
    }
}
