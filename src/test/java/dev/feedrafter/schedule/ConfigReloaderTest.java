package dev.feedrafter.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.slf4j.LoggerFactory;

/** Editing feeds.yml while polling runs: feeds come and go without a restart; a broken edit changes nothing. */
class ConfigReloaderTest {
    private static final Duration CHECK = Duration.ofMillis(100);
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private Polling polling;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void start() throws IOException {
        file = Fixtures.config("config/clinic.yml", "https://neurosciencenews.example", dir);
        var config = new ConfigLoader().load(file);
        db = Database.open(config.store());
        polling = Polling.create(config, db, SchedulerNode.AUTO, CHECK).start();
        logged.start();
        ((Logger) LoggerFactory.getLogger(ConfigReloader.class)).addAppender(logged);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(ConfigReloader.class)).detachAppender(logged);
        polling.stop(Duration.ofSeconds(5));
        db.close();
    }

    /** Replaces the feeds section of the test configuration. */
    private void writeFeeds(String feedsYaml) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf("feeds:\n");
        int end = text.indexOf("drafts:\n");
        Files.writeString(file, text.substring(0, start) + feedsYaml + text.substring(end));
    }

    private void awaitFeeds(String... names) {
        Eventually.await("scheduled feeds " + List.of(names), LIMIT,
                () -> polling.nextFireTimes().keySet().equals(java.util.Set.of(names)));
    }

    private void awaitLogged(String text) {
        Eventually.await("a log line with: " + text, LIMIT, () -> {
            synchronized (logged) { // the appender adds under this lock, from the reload thread
                return logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains(text));
            }
        });
    }

    @Test
    void addsReschedulesAndRemovesFeedsWithoutARestart() throws Exception {
        awaitFeeds("Neuroscience News");

        writeFeeds("""
                feeds:
                  - name: Neuroscience News
                    url: https://neurosciencenews.example/feed/
                  - name: PsyPost
                    url: https://psypost.example/feed/
                    every: 1h
                """);
        awaitFeeds("Neuroscience News", "PsyPost");
        assertThat(polling.config().feeds()).hasSize(2);

        writeFeeds("""
                feeds:
                  - name: PsyPost
                    url: https://psypost.example/feed/
                    cron: "0 0 6 * * ?"
                """);
        awaitFeeds("PsyPost");
        assertThat(polling.scheduler().quartz().getTrigger(FeedJobs.triggerKey("PsyPost")))
                .isInstanceOfSatisfying(CronTrigger.class, t -> assertThat(t.getCronExpression()).isEqualTo("0 0 6 * * ?"));
        awaitLogged("reloaded: 1 feeds, added [], rescheduled [PsyPost], removed [Neuroscience News]");
        assertThat(polling.configProblems()).isEmpty();
    }

    @Test
    void aNewUrlForAFeedIsLogged() throws Exception {
        awaitFeeds("Neuroscience News");
        writeFeeds("""
                feeds:
                  - name: Neuroscience News
                    url: https://neurosciencenews.example/rss/
                """);
        awaitLogged("reloaded: 1 feeds, no schedule changes, new url [Neuroscience News]");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodConfigurationAndNamesTheLines() throws Exception {
        awaitFeeds("Neuroscience News");
        writeFeeds("""
                feeds:
                  - name: Neuroscience News
                    url: https://neurosciencenews.example/feed/
                  - name: PsyPost
                    url: htps//psypost.example/feed/
                    evry: 1h
                """);
        Eventually.await("the problems to be reported", LIMIT, () -> !polling.configProblems().isEmpty());
        assertThat(polling.configProblems()).containsExactly(
                file + ":29:10: feeds[1].url: expected an absolute http:// or https:// URL, found \"htps//psypost.example/feed/\"",
                file + ":30:5: feeds[1].evry: unknown key (did you mean \"every\"?)");
        awaitLogged("has 2 problems; still running the last good configuration:\n  " + file + ":29:10: feeds[1].url");
        assertThat(polling.nextFireTimes()).containsOnlyKeys("Neuroscience News");
        assertThat(polling.config().feeds()).hasSize(1);

        writeFeeds("""
                feeds:
                  - name: PsyPost
                    url: https://psypost.example/feed/
                """);
        awaitFeeds("PsyPost");
        Eventually.await("the problems to be cleared", LIMIT, () -> polling.configProblems().isEmpty());
    }
}
