package dev.feedrafter.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.SimpleTrigger;

/** The scheduler on the embedded H2 store: keeping jobs in step, restarts, backoff and a graceful stop. */
class FeedSchedulerTest {
    private static final Duration MISFIRE_THRESHOLD = Duration.ofMillis(500);
    private static final SchedulerNode NODE = new SchedulerNode("h2-node", MISFIRE_THRESHOLD);
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void serveSite() {
        ResearchNewsSite.serve(site);
    }

    @AfterEach
    void closeStore() {
        if (db != null) {
            db.close();
        }
    }

    /** The test clinic with these feeds and a short jitter; opens its store. */
    private FeedrafterConfig config(FeedSource... feeds) throws IOException {
        Path file = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        Files.writeString(file, Files.readString(file) + "schedule:\n  jitter: 1s\n");
        FeedrafterConfig config = new ConfigLoader().load(file).withFeeds(List.of(feeds));
        db = Database.open(config.store());
        return config;
    }

    private static FeedSource feed(String name, String path, Schedule schedule) {
        return new FeedSource(name, URI.create(site.baseUrl() + path), schedule, true, 3650, List.of());
    }

    private static int requests(String path) {
        return site.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void syncAddsReschedulesAndRemovesJobsAndKeepsUnchangedOnes() throws Exception {
        FeedSource a = feed("A", "/feed/", Schedule.every(Duration.ofMinutes(30)));
        FeedSource b = feed("B", "/feed/", Schedule.cron("0 0 6 * * ?"));
        FeedrafterConfig config = config(a, b);
        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        try {
            assertThat(scheduler.sync(List.of(a, b), Duration.ofMinutes(1)).added()).containsExactly("A", "B");
            Map<String, Instant> first = scheduler.nextFireTimes();
            assertThat(first).containsOnlyKeys("A", "B");

            assertThat(scheduler.sync(List.of(a, b), Duration.ofMinutes(1)).isEmpty()).isTrue();
            assertThat(scheduler.nextFireTimes()).isEqualTo(first);

            FeedSource hourly = feed("A", "/feed/", Schedule.every(Duration.ofHours(1)));
            FeedScheduler.Changes changes = scheduler.sync(List.of(hourly), Duration.ofMinutes(1));
            assertThat(changes.rescheduled()).containsExactly("A");
            assertThat(changes.removed()).containsExactly("B");
            assertThat(scheduler.nextFireTimes()).containsOnlyKeys("A");
            assertThat(scheduler.quartz().getTrigger(FeedJobs.triggerKey("A"))).isInstanceOfSatisfying(
                    SimpleTrigger.class, t -> assertThat(t.getRepeatInterval()).isEqualTo(3_600_000L));
            assertThat(scheduler.quartz().checkExists(FeedJobs.jobKey("B"))).isFalse();
        } finally {
            scheduler.shutdown(Duration.ZERO);
        }
    }

    @Test
    void feedsListShowsQuartzsNextFireTime() throws Exception {
        FeedSource daily = feed("Neuroscience News", "/feed/", Schedule.cron("0 0 6 * * ?"));
        FeedrafterConfig config = config(daily);
        Files.writeString(config.file(), Files.readString(config.file()).replace("    url: " + site.baseUrl()
                + "/feed/\n", "    url: " + site.baseUrl() + "/feed/\n    cron: \"0 0 6 * * ?\"\n"));
        CliRun before = CliRun.of("--config", config.file().toString(), "feeds", "list", "--json");
        assertThat(new ObjectMapper().readTree(before.out()).get(0).get("next_fire_at").isNull()).as(before.err())
                .isTrue();

        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        try {
            scheduler.sync(config.feeds(), Duration.ZERO);
            Instant next = scheduler.nextFireTimes().get(daily.name());
            CliRun after = CliRun.of("--config", config.file().toString(), "feeds", "list", "--json");
            assertThat(new ObjectMapper().readTree(after.out()).get(0).get("next_fire_at").asText())
                    .isEqualTo(next.toString());
            assertThat(CliRun.of("--config", config.file().toString(), "feeds", "list").out())
                    .contains("next fire", next.toString());
        } finally {
            scheduler.shutdown(Duration.ZERO);
        }
    }

    @Test
    void theNextFireTimeShownIsTheFirstFiringThatWillPollAfterARetryAfter() throws Exception {
        site.stubFor(get(urlPathEqualTo("/busy/")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7200")));
        FeedSource busy = feed("Busy", "/busy/", Schedule.every(Duration.ofMinutes(1)));
        FeedrafterConfig config = config(busy);
        Files.writeString(config.file(), Files.readString(config.file()).replace("  - name: Neuroscience News\n"
                + "    url: " + site.baseUrl() + "/feed/\n", "  - name: Busy\n    url: " + site.baseUrl()
                + "/busy/\n    every: 1m\n"));
        new dev.feedrafter.pipeline.Pipeline(config, db).pollFeed().poll(busy, dev.feedrafter.pipeline.PollOptions.NOW);
        Instant retryAt = db.read(s -> s.feeds().find("Busy")).orElseThrow().nextAttemptAt();
        assertThat(retryAt).isAfter(Instant.now().plus(Duration.ofMinutes(100)));

        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        try {
            scheduler.sync(config.feeds(), Duration.ZERO);
            // firings before the Retry-After are skipped, so the one shown is the first at or after it
            Instant next = scheduler.nextFireTimes().get("Busy");
            assertThat(next).isAfterOrEqualTo(retryAt.minus(DueCheck.TOLERANCE))
                    .isBefore(retryAt.plus(Duration.ofMinutes(1)));
            var row = new ObjectMapper().readTree(CliRun.of("--config", config.file().toString(), "feeds", "list",
                    "--json").out()).get(0);
            assertThat(Instant.parse(row.get("next_fire_at").asText()))
                    .isAfterOrEqualTo(Instant.parse(row.get("next_poll_at").asText()).minus(DueCheck.TOLERANCE));
        } finally {
            scheduler.shutdown(Duration.ZERO);
        }
    }

    @Test
    void aPollMissedWhileStoppedRunsExactlyOnceAfterARestart() throws Exception {
        FeedSource daily = feed("Neuroscience News", "/feed/", Schedule.every(Duration.ofDays(1)));
        FeedrafterConfig config = config(daily);
        // the first run schedules the feed and stops before its first firing
        FeedScheduler firstRun = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        firstRun.sync(config.feeds(), Duration.ofMillis(200));
        Instant due = firstRun.nextFireTimes().get(daily.name());
        firstRun.shutdown(Duration.ZERO);
        Eventually.await("the firing to be missed", LIMIT,
                () -> Instant.now().isAfter(due.plus(MISFIRE_THRESHOLD).plusMillis(300)));

        assertRestartPollsOnce(config, daily.name(), due.plus(Duration.ofDays(1)));
    }

    @Test
    void aCronPollMissedWhileStoppedRunsExactlyOnceAfterARestart() throws Exception {
        ZonedDateTime at = ZonedDateTime.now().plusSeconds(3);
        String cron = at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?";
        FeedSource daily = feed("Neuroscience News", "/feed/", Schedule.cron(cron));
        FeedrafterConfig config = config(daily);
        Polling firstRun = Polling.create(config, db, NODE).start();
        firstRun.stop(Duration.ofSeconds(5));
        assertThat(requests("/feed/")).as("no poll before the cron time").isZero();
        Eventually.await("the cron time to be missed", LIMIT,
                () -> Instant.now().isAfter(at.toInstant().plus(MISFIRE_THRESHOLD).plusMillis(300)));

        assertRestartPollsOnce(config, daily.name(), at.plusDays(1).toInstant());
    }

    private void assertRestartPollsOnce(FeedrafterConfig config, String feed, Instant nextRegularFiring) {
        Polling restarted = Polling.create(config, db, NODE).start();
        try {
            Eventually.await("the missed poll", LIMIT, () -> requests("/feed/") == 1
                    && !db.read(s -> s.drafts().list(null, dev.feedrafter.store.DraftRepository.Sort.NEWEST)).isEmpty());
            Eventually.await("the poll to end", LIMIT, () -> idle(restarted.scheduler()));
            assertThat(restarted.nextFireTimes().get(feed)).isCloseTo(nextRegularFiring, within(1, ChronoUnit.MINUTES));
            // nothing else may fire: wait through a few more misfire checks and look again
            Instant quiet = Instant.now().plus(MISFIRE_THRESHOLD.multipliedBy(3));
            Eventually.await("a quiet spell", LIMIT, () -> Instant.now().isAfter(quiet));
            assertThat(requests("/feed/")).isEqualTo(1);
        } finally {
            restarted.stop(Duration.ofSeconds(5));
        }
    }

    static boolean idle(FeedScheduler scheduler) {
        try {
            return scheduler.quartz().getCurrentlyExecutingJobs().isEmpty();
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void firingsWhileAFeedBacksOffAreSkipped() throws Exception {
        site.stubFor(get(urlPathEqualTo("/broken/")).willReturn(aResponse().withStatus(500)));
        FeedSource broken = feed("Broken", "/broken/", Schedule.every(Duration.ofMillis(300)));
        FeedrafterConfig config = config(broken);
        Polling polling = Polling.create(config, db, NODE).start();
        FiringLog log = FiringLog.watch(polling.scheduler(), new FiringLog());
        try {
            Eventually.await("ten firings", LIMIT, () -> log.firings().size() >= 10);
        } finally {
            polling.stop(Duration.ofSeconds(5));
        }
        // failures double the wait: 0.6 s, 1.2 s, 2.4 s… so about three polls in ten firings of 0.3 s
        assertThat(requests("/broken/")).isBetween(2, 4);
        assertThat(db.read(s -> s.feeds().find("Broken")).orElseThrow().failuresInRow()).isBetween(2, 4);
    }

    @Test
    void aShorterIntervalFromAReloadTakesEffectWithoutWaitingOutTheOldOne() throws Exception {
        FeedSource hourly = feed("Neuroscience News", "/feed/", Schedule.every(Duration.ofHours(1)));
        FeedrafterConfig config = config(hourly);
        Polling polling = Polling.create(config, db, NODE).start();
        try {
            Eventually.await("the first poll", LIMIT, () -> db.read(s -> s.feeds().find(hourly.name()))
                    .map(f -> f.lastSuccessAt() != null).orElse(false));
            int first = requests("/feed/");
            FeedSource often = feed(hourly.name(), "/feed/", Schedule.every(Duration.ofMillis(300)));
            assertThat(polling.scheduler().sync(List.of(often), Duration.ZERO).rescheduled())
                    .containsExactly(hourly.name());
            Eventually.await("a poll on the new schedule", LIMIT, () -> requests("/feed/") > first);
        } finally {
            polling.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aReloadKeepsTheBackoffOfAFailingFeed() throws Exception {
        site.stubFor(get(urlPathEqualTo("/broken/")).willReturn(aResponse().withStatus(500)));
        FeedSource broken = feed("Broken", "/broken/", Schedule.every(Duration.ofHours(1)));
        FeedrafterConfig config = config(broken);
        new dev.feedrafter.pipeline.Pipeline(config, db).pollFeed().poll(broken, dev.feedrafter.pipeline.PollOptions.NOW);
        Instant backoff = db.read(s -> s.feeds().find("Broken")).orElseThrow().nextAttemptAt();
        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        try {
            scheduler.sync(List.of(broken), Duration.ZERO);
            scheduler.sync(List.of(feed("Broken", "/broken/", Schedule.every(Duration.ofMinutes(1)))), Duration.ZERO);
            assertThat(db.read(s -> s.feeds().find("Broken")).orElseThrow().nextAttemptAt()).isEqualTo(backoff);
        } finally {
            scheduler.shutdown(Duration.ZERO);
        }
    }

    @Test
    void aFeedGivenANewUrlIsPolledAtOnceNotAfterTheOldUrlsBackoff() throws Exception {
        site.stubFor(get(urlPathEqualTo("/broken/")).willReturn(aResponse().withStatus(404)));
        FeedSource broken = feed("Neuroscience News", "/broken/", Schedule.every(Duration.ofHours(1)));
        FeedrafterConfig config = config(broken);
        for (int i = 0; i < 3; i++) {
            new dev.feedrafter.pipeline.Pipeline(config, db).pollFeed().poll(broken,
                    dev.feedrafter.pipeline.PollOptions.NOW);
        }
        assertThat(db.read(s -> s.feeds().find(broken.name())).orElseThrow().nextAttemptAt())
                .isAfter(Instant.now().plus(Duration.ofHours(3)));

        // the editor fixes the url in feeds.yml: the old url's backoff does not hold the new one back
        FeedrafterConfig fixed = config.withFeeds(List.of(feed(broken.name(), "/feed/", broken.schedule())));
        new ScheduledPoll(db, new LiveConfig(fixed, db)).pollIfDue(broken.name(), Instant.now(),
                java.util.Optional.empty());
        assertThat(requests("/feed/")).isEqualTo(1);
        assertThat(db.read(s -> s.feeds().find(broken.name())).orElseThrow().lastSuccessAt()).isNotNull();
    }

    @Test
    void aDisabledFeedHasNoNextFireTime() throws Exception {
        site.stubFor(get(urlPathEqualTo("/gone/")).willReturn(aResponse().withStatus(410)));
        FeedSource gone = feed("Gone", "/gone/", Schedule.every(Duration.ofMinutes(1)));
        FeedrafterConfig config = config(gone);
        for (int i = 0; i < 3; i++) {
            new dev.feedrafter.pipeline.Pipeline(config, db).pollFeed().poll(gone, dev.feedrafter.pipeline.PollOptions.NOW);
        }
        assertThat(db.read(s -> s.feeds().find("Gone")).orElseThrow().disabled()).isTrue();
        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), NODE,
                new ScheduledPoll(db, new LiveConfig(config, db)));
        try {
            scheduler.sync(config.feeds(), Duration.ZERO);
            assertThat(scheduler.nextFireTimes()).doesNotContainKey("Gone");
        } finally {
            scheduler.shutdown(Duration.ZERO);
        }
    }

    @Test
    void aStopWaitsForTheRunningPoll() throws Exception {
        for (String page : List.of(ResearchNewsSite.KETAMINE, ResearchNewsSite.PTSD, ResearchNewsSite.HONEYBEE)) {
            site.stubFor(get(urlPathEqualTo(page)).willReturn(aResponse().withStatus(200).withFixedDelay(700)
                    .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><title>slow</title></html>")));
        }
        FeedrafterConfig config = config(feed("Neuroscience News", "/feed/", Schedule.every(Duration.ofHours(1))));
        Polling polling = Polling.create(config, db, NODE).start();
        Eventually.await("the poll to reach the first page", LIMIT, () -> requests(ResearchNewsSite.KETAMINE) == 1);

        assertThat(polling.stop(Duration.ofSeconds(30))).isTrue();
        assertThat(polling.state()).isEqualTo(FeedScheduler.State.STOPPED);
        assertThat(db.read(s -> s.feeds().find("Neuroscience News")).orElseThrow().lastSuccessAt()).isNotNull();
        assertThat(requests(ResearchNewsSite.HONEYBEE)).isEqualTo(1);
    }
}
