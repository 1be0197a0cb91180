package dev.feedrafter.config;

import java.time.Duration;
import java.util.Set;

/** How Feedrafter talks to web servers: its User-Agent, limits, and whether private addresses may be fetched. */
public record FetchConfig(String userAgent, boolean allowPrivateAddresses, Duration connectTimeout,
                          Duration timeout, long maxBytes) {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The built-in settings, for commands that run without a feeds.yml. */
    public static FetchConfig defaults(String userAgent) {
        return new FetchConfig(userAgent, false, CONNECT_TIMEOUT, TIMEOUT, MAX_BYTES);
    }

    static FetchConfig read(YamlNode node, Problems problems, String defaultUserAgent) {
        Fields f = Fields.of(node, problems, Set.of("user_agent", "allow_private_addresses", "connect_timeout",
                "timeout", "max_bytes"));
        return new FetchConfig(f.text("user_agent", defaultUserAgent), f.bool("allow_private_addresses", false),
                f.duration("connect_timeout", CONNECT_TIMEOUT), f.duration("timeout", TIMEOUT),
                f.integer("max_bytes", (int) MAX_BYTES, 1024, Integer.MAX_VALUE));
    }
}
