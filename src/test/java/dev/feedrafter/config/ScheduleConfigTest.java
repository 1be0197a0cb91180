package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code schedule} section and {@code web.host}: every key optional, every mistake reported with its line. */
class ScheduleConfigTest {
    @TempDir
    Path dir;

    private FeedrafterConfig parse(String yaml) {
        return new ConfigLoader(name -> null).parse("feeds.yml", yaml, dir);
    }

    @Test
    void everyKeyHasADefault() {
        FeedrafterConfig c = parse("clinic: {name: X}\n");
        assertThat(c.schedule()).isEqualTo(ScheduleConfig.DEFAULTS);
        assertThat(c.schedule().threads()).isEqualTo(4);
        assertThat(c.schedule().jitter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.schedule().shutdownGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.schedule().reload()).isTrue();
        assertThat(c.schedule().clusterCheckinInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.web().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void readsEveryKey() {
        FeedrafterConfig c = parse("""
                clinic: {name: X}
                schedule:
                  threads: 8
                  jitter: 5m
                  shutdown_grace: 2m
                  reload: false
                  cluster_checkin_interval: 5s
                web:
                  host: 0.0.0.0
                  port: 9090
                """);
        assertThat(c.schedule()).isEqualTo(new ScheduleConfig(8, Duration.ofMinutes(5), Duration.ofMinutes(2), false,
                Duration.ofSeconds(5)));
        assertThat(c.web().host()).isEqualTo("0.0.0.0");
        assertThat(c.web().port()).isEqualTo(9090);
    }

    @Test
    void reportsEveryMistakeWithItsLine() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse("""
                clinic: {name: X}
                schedule:
                  threads: 0
                  jitter: soon
                  shutdown_grace: -5s
                  reload: sometimes
                  checkin_intervall: 5s
                web:
                  host: ""
                """));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "feeds.yml:3:12: schedule.threads: must be between 1 and 64, found 0",
                "feeds.yml:4:11: schedule.jitter: expected a duration like 30m, 2h or 1d, found \"soon\"",
                "feeds.yml:5:19: schedule.shutdown_grace: expected a duration like 30m, 2h or 1d, found \"-5s\"",
                "feeds.yml:6:11: schedule.reload: expected true or false, found \"sometimes\"",
                "feeds.yml:7:3: schedule.checkin_intervall: unknown key (known keys: cluster_checkin_interval, jitter, "
                        + "reload, shutdown_grace, threads)",
                "feeds.yml:9:9: web.host: expected a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0");
    }
}
