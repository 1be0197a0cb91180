package dev.feedrafter.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Feedrafter talks to web servers: its User-Agent, limits, politeness, and whether private addresses may be
 * fetched; and how failures and the feeds' own hints space out the polls of a feed.
 *
 * @param perHostConnections requests to one host at once
 * @param perHostDelay least time between the starts of two requests to one host (may be zero)
 * @param robotsTxt whether article pages are fetched only where the site's robots.txt allows it
 * @param disableAfterGone how many 410 Gone answers in a row disable a feed
 * @param maxBackoff the longest a feed's failures delay its next poll
 * @param maxHintedInterval the longest a feed's own hints (RSS ttl, Cache-Control, Expires) delay its next poll
 */
public record FetchConfig(String userAgent, boolean allowPrivateAddresses, Duration connectTimeout,
                          Duration timeout, long maxBytes, int perHostConnections, Duration perHostDelay,
                          boolean robotsTxt, int disableAfterGone, Duration maxBackoff, Duration maxHintedInterval) {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int PER_HOST_CONNECTIONS = 2;
    static final Duration PER_HOST_DELAY = Duration.ofMillis(250);
    static final int DISABLE_AFTER_GONE = 3;
    static final Duration MAX_BACKOFF = Duration.ofHours(24);
    static final Duration MAX_HINTED_INTERVAL = Duration.ofHours(24);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(1);
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    /** These settings, with every later one at its default (politeness, robots.txt, backoff). */
    public FetchConfig(String userAgent, boolean allowPrivateAddresses, Duration connectTimeout, Duration timeout,
                       long maxBytes) {
        this(userAgent, allowPrivateAddresses, connectTimeout, timeout, maxBytes, PER_HOST_CONNECTIONS,
                PER_HOST_DELAY, true, DISABLE_AFTER_GONE, MAX_BACKOFF, MAX_HINTED_INTERVAL);
    }

    /** The built-in settings, for commands that run without a feeds.yml. */
    public static FetchConfig defaults(String userAgent) {
        return new FetchConfig(userAgent, false, CONNECT_TIMEOUT, TIMEOUT, MAX_BYTES);
    }

    /** A copy with other timeouts and size limit, e.g. for one API; politeness and the address guard stay. */
    public FetchConfig withLimits(Duration newConnectTimeout, Duration newTimeout, long newMaxBytes) {
        return new FetchConfig(userAgent, allowPrivateAddresses, newConnectTimeout, newTimeout, newMaxBytes,
                perHostConnections, perHostDelay, robotsTxt, disableAfterGone, maxBackoff, maxHintedInterval);
    }

    static FetchConfig read(YamlNode node, Problems problems, String defaultUserAgent) {
        Fields f = Fields.of(node, problems, Set.of("user_agent", "allow_private_addresses", "connect_timeout",
                "timeout", "max_bytes", "per_host_connections", "per_host_delay", "robots_txt", "disable_after_gone",
                "max_backoff", "max_hinted_interval"));
        return new FetchConfig(f.text("user_agent", defaultUserAgent), f.bool("allow_private_addresses", false),
                f.duration("connect_timeout", CONNECT_TIMEOUT), f.duration("timeout", TIMEOUT),
                f.integer("max_bytes", (int) MAX_BYTES, 1024, Integer.MAX_VALUE),
                f.integer("per_host_connections", PER_HOST_CONNECTIONS, 1, 16),
                shortDuration(f, "per_host_delay", PER_HOST_DELAY, LONGEST_DELAY),
                f.bool("robots_txt", true), f.integer("disable_after_gone", DISABLE_AFTER_GONE, 1, 1000),
                f.duration("max_backoff", MAX_BACKOFF), f.duration("max_hinted_interval", MAX_HINTED_INTERVAL));
    }

    /** A duration that may be zero or in milliseconds ({@code 0s}, {@code 500ms}, {@code 2s}), at most {@code max}. */
    private static Duration shortDuration(Fields f, String key, Duration fallback, Duration max) {
        String value = f.text(key, null);
        if (value == null) {
            return fallback;
        }
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            f.problems().at(f.child(key), "expected a duration like 0s, 500ms or 2s, found \"" + value + "\"");
            return fallback;
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.compareTo(max) > 0) {
            f.problems().at(f.child(key), "must be at most " + max.toSeconds() + "s, found \"" + value + "\"");
            return fallback;
        }
        return d;
    }
}
