package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchConfigTest {
    @TempDir
    Path dir;

    private FetchConfig parse(String fetchSection) {
        return new ConfigLoader(Map.<String, String>of()::get).parse("feeds.yml", """
                clinic:
                  name: Mind Spa Denver
                  contact_url: https://example-clinic.test/contact
                """ + fetchSection, dir).fetch();
    }

    @Test
    void everyKeyHasADefault() {
        FetchConfig f = parse("");
        assertThat(f.userAgent()).startsWith("Feedrafter/").endsWith(" (+https://example-clinic.test/contact)");
        assertThat(f.allowPrivateAddresses()).isFalse();
        assertThat(f.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(f.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(f.maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(f.perHostConnections()).isEqualTo(2);
        assertThat(f.perHostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(f.robotsTxt()).isTrue();
        assertThat(f.disableAfterGone()).isEqualTo(3);
        assertThat(f.maxBackoff()).isEqualTo(Duration.ofHours(24));
        assertThat(f.maxHintedInterval()).isEqualTo(Duration.ofHours(24));
        assertThat(FetchConfig.defaults("Feedrafter/1.0")).satisfies(d -> {
            assertThat(d.perHostDelay()).isEqualTo(Duration.ofMillis(250));
            assertThat(d.robotsTxt()).isTrue();
        });
    }

    @Test
    void readsEveryKey() {
        FetchConfig f = parse("""
                fetch:
                  user_agent: "Feedrafter/1.0 (+https://example-clinic.test/contact)"
                  allow_private_addresses: true
                  connect_timeout: 5s
                  timeout: 1m
                  max_bytes: 2097152
                  per_host_connections: 4
                  per_host_delay: 250ms
                  robots_txt: false
                  disable_after_gone: 5
                  max_backoff: 12h
                  max_hinted_interval: 6h
                """);
        assertThat(f).isEqualTo(new FetchConfig("Feedrafter/1.0 (+https://example-clinic.test/contact)", true,
                Duration.ofSeconds(5), Duration.ofMinutes(1), 2097152, 4, Duration.ofMillis(250), false, 5,
                Duration.ofHours(12), Duration.ofHours(6)));
        assertThat(parse("fetch:\n  per_host_delay: 0s\n").perHostDelay()).isZero();
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        assertThatThrownBy(() -> parse("""
                fetch:
                  per_host_delay: soon
                  per_host_connections: 0
                  disable_after_gone: many
                  max_backoff: 0s
                  robot_txt: false
                """)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactlyInAnyOrder(
                        "feeds.yml:5:19: fetch.per_host_delay: expected a duration like 0s, 500ms or 2s, found \"soon\"",
                        "feeds.yml:6:25: fetch.per_host_connections: must be between 1 and 16, found 0",
                        "feeds.yml:7:23: fetch.disable_after_gone: expected a whole number, found \"many\"",
                        "feeds.yml:8:16: fetch.max_backoff: expected a duration like 30m, 2h or 1d, found \"0s\"",
                        "feeds.yml:9:3: fetch.robot_txt: unknown key (did you mean \"robots_txt\"?)"));
        assertThatThrownBy(() -> parse("fetch:\n  per_host_delay: 5m\n")).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems().get(0).toString()).contains("must be at most 60s"));
    }
}
