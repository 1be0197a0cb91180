package dev.feedrafter.fetch;

import dev.feedrafter.config.FetchConfig;
import java.time.Duration;

/** Fetch settings for tests against a local WireMock server: private addresses allowed, short timeouts, no delay. */
final class TestFetchConfig {
    static final String USER_AGENT = "Feedrafter/test (+https://example-clinic.test/contact)";

    private boolean allowPrivate = true;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration timeout = Duration.ofSeconds(10);
    private long maxBytes = 10L * 1024 * 1024;
    private int perHost = 2;
    private Duration delay = Duration.ZERO;
    private boolean robots = true;

    static TestFetchConfig local() {
        return new TestFetchConfig();
    }

    TestFetchConfig privateAddressesRefused() {
        allowPrivate = false;
        return this;
    }

    TestFetchConfig connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    TestFetchConfig timeout(Duration value) {
        timeout = value;
        return this;
    }

    TestFetchConfig maxBytes(long value) {
        maxBytes = value;
        return this;
    }

    TestFetchConfig perHost(int connections, Duration minDelay) {
        perHost = connections;
        delay = minDelay;
        return this;
    }

    TestFetchConfig robots(boolean value) {
        robots = value;
        return this;
    }

    FetchConfig build() {
        return new FetchConfig(USER_AGENT, allowPrivate, connectTimeout, timeout, maxBytes, perHost, delay, robots,
                3, Duration.ofHours(24), Duration.ofHours(24));
    }

    HttpFetcher fetcher() {
        return new HttpFetcher(build());
    }
}
