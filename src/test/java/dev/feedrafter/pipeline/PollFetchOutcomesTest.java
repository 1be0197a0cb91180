package dev.feedrafter.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.store.StoredSource;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.GeneratedFeed;
import dev.feedrafter.testing.MutableClock;
import dev.feedrafter.testing.ResearchNewsSite;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What each fetch outcome does to a feed's row and its next attempt, polled through the pipeline. */
class PollFetchOutcomesTest {
    // The mock server's own gzip layer rewrites ETags; real servers here send them as they are.
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");
    private static final PollOptions SCHEDULED = new PollOptions(null, false);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);
    private FeedrafterConfig config;
    private Database db;
    private Pipeline pipeline;

    @BeforeEach
    void setUp() {
        ResearchNewsSite.serve(site);
        config = new ConfigLoader().load(Fixtures.config("config/clinic.yml", site.baseUrl(), dir));
        db = Database.open(config.store());
        pipeline = new Pipeline(config, db, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private FeedSource feed(String name, String path) {
        return new FeedSource(name, URI.create(site.baseUrl() + path), Schedule.every(Duration.ofMinutes(30)), false,
                3650, List.of());
    }

    private FeedPollResult poll(FeedSource feed, PollOptions options) {
        return pipeline.pollFeed().poll(feed, options);
    }

    private FeedState state(String name) {
        return db.read(s -> s.feeds().find(name)).orElseThrow();
    }

    private int count(String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void serveFeed(String path, String body, String... headers) {
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withBody(body);
        for (int i = 0; i < headers.length; i += 2) {
            response = response.withHeader(headers[i], headers[i + 1]);
        }
        site.stubFor(get(urlPathEqualTo(path)).willReturn(response));
    }

    @Test
    void theSecondPollOfAnUnchangedFeedIsA304WithNoParse() throws Exception {
        String feed = Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl());
        site.stubFor(get(urlPathEqualTo("/feed/")).withHeader("If-None-Match", absent()).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withHeader("ETag", "\"29871-v1\"").withBody(feed)));
        site.stubFor(get(urlPathEqualTo("/feed/")).withHeader("If-None-Match", equalTo("\"29871-v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"29871-v1\"")));
        FeedSource nn = config.feeds().get(0);

        assertThat(poll(nn, PollOptions.NOW).newEntries()).isEqualTo(3);
        int entries = count("entries");
        int sources = count("story_sources");
        clock.advance(Duration.ofMinutes(30));

        FeedPollResult second = poll(nn, PollOptions.NOW);
        assertThat(second.status()).isEqualTo(FeedPollResult.Status.NOT_MODIFIED);
        assertThat(second.newEntries()).isZero();
        assertThat(second.entries()).isEmpty();
        assertThat(count("entries")).isEqualTo(entries);
        assertThat(count("story_sources")).isEqualTo(sources);
        site.verify(1, getRequestedFor(urlPathEqualTo("/feed/")).withHeader("If-None-Match", equalTo("\"29871-v1\"")));
        site.verify(1, getRequestedFor(urlPathEqualTo(ResearchNewsSite.KETAMINE)));
        FeedState state = state(nn.name());
        assertThat(state.etag()).isEqualTo("\"29871-v1\"");
        assertThat(state.lastSuccessAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(state.failuresInRow()).isZero();
    }

    @Test
    void aPermanentRedirectSticksAndATemporaryOneDoesNot() {
        serveFeed("/feed/v2/", GeneratedFeed.rss("Moved Research", site.baseUrl(), 2, 0));
        site.stubFor(get(urlPathEqualTo("/old-feed/")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", site.baseUrl() + "/feed/v2/")));
        site.stubFor(get(urlPathEqualTo("/this-week/")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/feed/v2/")));
        FeedSource moved = feed("Moved", "/old-feed/");
        FeedSource borrowed = feed("Borrowed", "/this-week/");
        for (int i = 0; i < 2; i++) {
            assertThat(poll(moved, PollOptions.NOW).status()).isEqualTo(FeedPollResult.Status.OK);
            assertThat(poll(borrowed, PollOptions.NOW).status()).isEqualTo(FeedPollResult.Status.OK);
        }
        assertThat(state("Moved").currentUrl()).isEqualTo(site.baseUrl() + "/feed/v2/");
        assertThat(state("Moved").moved()).isTrue();
        assertThat(state("Borrowed").currentUrl()).isEqualTo(site.baseUrl() + "/this-week/");
        site.verify(1, getRequestedFor(urlPathEqualTo("/old-feed/")));
        site.verify(2, getRequestedFor(urlPathEqualTo("/this-week/")));
    }

    @Test
    void aRedirectLoopIsRecordedAsTheFeedsError() {
        site.stubFor(get(urlPathEqualTo("/loop-a/")).willReturn(aResponse().withStatus(301).withHeader("Location", "/loop-b/")));
        site.stubFor(get(urlPathEqualTo("/loop-b/")).willReturn(aResponse().withStatus(301).withHeader("Location", "/loop-a/")));
        FeedPollResult r = poll(feed("Loop", "/loop-a/"), PollOptions.NOW);
        assertThat(r.error()).startsWith("redirect loop: ");
        assertThat(state("Loop").lastError()).startsWith("redirect loop: ");
        assertThat(state("Loop").currentUrl()).isEqualTo(site.baseUrl() + "/loop-a/");
    }

    @Test
    void goneThreeTimesInARowDisablesTheFeedUntilItsUrlChanges() {
        site.stubFor(get(urlPathEqualTo("/retired/")).willReturn(aResponse().withStatus(410)));
        FeedSource retired = feed("Retired", "/retired/");
        assertThat(poll(retired, PollOptions.NOW).error()).doesNotContain("disabled");
        assertThat(poll(retired, PollOptions.NOW).error()).doesNotContain("disabled");
        FeedPollResult third = poll(retired, PollOptions.NOW);
        assertThat(third.status()).isEqualTo(FeedPollResult.Status.FAILED);
        assertThat(third.error()).startsWith("HTTP 410 Gone from " + site.baseUrl() + "/retired/")
                .contains("feed disabled: HTTP 410 Gone 3 times in a row; change the feed's url in feeds.yml");
        assertThat(state("Retired").disabled()).isTrue();
        assertThat(state("Retired").nextAttemptAt()).isNull();

        FeedPollResult fourth = poll(retired, PollOptions.NOW);
        assertThat(fourth.status()).isEqualTo(FeedPollResult.Status.SKIPPED);
        assertThat(fourth.outcomeText()).startsWith("skipped: feed disabled: HTTP 410 Gone 3 times");
        site.verify(3, getRequestedFor(urlPathEqualTo("/retired/")));

        serveFeed("/relaunched/", GeneratedFeed.rss("Relaunched", site.baseUrl(), 1, 0));
        FeedSource relaunched = feed("Retired", "/relaunched/");
        assertThat(poll(relaunched, PollOptions.NOW).status()).isEqualTo(FeedPollResult.Status.OK);
        assertThat(state("Retired").disabled()).isFalse();
        assertThat(state("Retired").disabledReason()).isNull();
    }

    @Test
    void anotherFailureBetweenTwoGoneAnswersStartsTheCountAgain() {
        site.stubFor(get(urlPathEqualTo("/flaky/")).willReturn(aResponse().withStatus(410)));
        FeedSource flaky = feed("Flaky", "/flaky/");
        poll(flaky, PollOptions.NOW);
        poll(flaky, PollOptions.NOW);
        site.stubFor(get(urlPathEqualTo("/flaky/")).willReturn(aResponse().withStatus(500)));
        poll(flaky, PollOptions.NOW);
        site.stubFor(get(urlPathEqualTo("/flaky/")).willReturn(aResponse().withStatus(410)));
        poll(flaky, PollOptions.NOW);
        assertThat(state("Flaky").disabled()).isFalse();
        assertThat(state("Flaky").goneInRow()).isEqualTo(1);
        assertThat(state("Flaky").failuresInRow()).isEqualTo(4);
    }

    @Test
    void retryAfterDelaysThatFeedAndTheScheduleObeysIt() {
        site.stubFor(get(urlPathEqualTo("/busy/")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7200")));
        FeedSource busy = feed("Busy", "/busy/");
        FeedPollResult r = poll(busy, PollOptions.NOW);
        assertThat(r.error()).contains("HTTP 429", "slow down until 2026-11-26T14:00:00Z");
        assertThat(state("Busy").nextAttemptAt()).isEqualTo(START.plus(Duration.ofHours(2)));

        clock.advance(Duration.ofMinutes(90));
        FeedPollResult early = poll(busy, SCHEDULED);
        assertThat(early.status()).isEqualTo(FeedPollResult.Status.SKIPPED);
        assertThat(early.error()).isEqualTo("not due before 2026-11-26T14:00:00Z");
        site.verify(1, getRequestedFor(urlPathEqualTo("/busy/")));

        assertThat(poll(busy, PollOptions.NOW).status()).isEqualTo(FeedPollResult.Status.FAILED);
        site.verify(2, getRequestedFor(urlPathEqualTo("/busy/")));
    }

    @Test
    void failuresBackOffAndASuccessResetsThem() {
        site.stubFor(get(urlPathEqualTo("/unstable/")).willReturn(aResponse().withStatus(500)));
        FeedSource unstable = feed("Unstable", "/unstable/");
        Duration[] expected = {Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofMinutes(120)};
        for (Duration base : expected) {
            Instant now = clock.instant();
            poll(unstable, PollOptions.NOW);
            Duration planned = Duration.between(now, state("Unstable").nextAttemptAt());
            assertThat(planned).isBetween(base.multipliedBy(9).dividedBy(10).minusMinutes(1),
                    base.multipliedBy(11).dividedBy(10));
            clock.advance(planned);
        }
        assertThat(state("Unstable").failuresInRow()).isEqualTo(3);
        assertThat(state("Unstable").lastError()).startsWith("HTTP 500");

        serveFeed("/unstable/", GeneratedFeed.rss("Unstable", site.baseUrl(), 1, 0));
        poll(unstable, SCHEDULED);
        FeedState healed = state("Unstable");
        assertThat(healed.failuresInRow()).isZero();
        assertThat(healed.lastError()).startsWith("HTTP 500");
        assertThat(healed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(29)));
    }

    @Test
    void theFeedsOwnHintsSpaceOutItsPolls() {
        serveFeed("/ttl/", GeneratedFeed.rss("Hourly Digest", site.baseUrl(), 1, 180));
        serveFeed("/cached/", GeneratedFeed.rss("Cached Digest", site.baseUrl(), 1, 0), "Cache-Control",
                "public, max-age=7200");
        serveFeed("/forever/", GeneratedFeed.rss("Archive", site.baseUrl(), 1, 0), "Expires",
                "Fri, 01 Jan 2027 00:00:00 GMT");
        serveFeed("/eager/", GeneratedFeed.rss("Eager", site.baseUrl(), 1, 5));
        poll(feed("Ttl", "/ttl/"), PollOptions.NOW);
        poll(feed("Cached", "/cached/"), PollOptions.NOW);
        poll(feed("Forever", "/forever/"), PollOptions.NOW);
        poll(feed("Eager", "/eager/"), PollOptions.NOW);
        Duration slack = Duration.ofMinutes(1);
        assertThat(state("Ttl").nextAttemptAt()).isEqualTo(START.plus(Duration.ofHours(3)).minus(slack));
        assertThat(state("Cached").nextAttemptAt()).isEqualTo(START.plus(Duration.ofHours(2)).minus(slack));
        assertThat(state("Forever").nextAttemptAt()).isEqualTo(START.plus(Duration.ofHours(24)).minus(slack));
        assertThat(state("Eager").nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(30)).minus(slack));
    }

    @Test
    void aScheduledPollSkipsAFeedThatIsNotDueAndTheCommandLineDoesNot() {
        serveFeed("/feed/", Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl()));
        FeedSource nn = config.feeds().get(0);
        poll(nn, PollOptions.NOW);
        clock.advance(Duration.ofMinutes(10));
        assertThat(poll(nn, SCHEDULED).status()).isEqualTo(FeedPollResult.Status.SKIPPED);
        assertThat(poll(nn, PollOptions.NOW).status()).isEqualTo(FeedPollResult.Status.OK);
        clock.advance(Duration.ofMinutes(29));
        assertThat(poll(nn, SCHEDULED).status()).isEqualTo(FeedPollResult.Status.OK);
        site.verify(3, getRequestedFor(urlPathEqualTo("/feed/")));
    }

    @Test
    void aPageThatRobotsTxtDisallowsIsDraftedFromTheFeedsText() {
        site.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nDisallow: /ptsd-nightmare-rehearsal-29855/\n")));
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        site.verify(0, getRequestedFor(urlPathEqualTo(ResearchNewsSite.PTSD)));
        site.verify(1, getRequestedFor(urlPathEqualTo(ResearchNewsSite.KETAMINE)));
        Draft ptsd = db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST)).stream()
                .filter(d -> d.meta().topics().contains("PTSD")).findFirst().orElseThrow();
        assertThat(ptsd.bodyMarkdown()).contains("Veterans with PTSD who rehearsed a rewritten version");
        List<StoredSource> sources = db.read(s -> s.stories().sources(ptsd.storyId()));
        assertThat(sources).singleElement().satisfies(src -> assertThat(src.article().warnings())
                .anyMatch(w -> w.startsWith("article page not fetched: ") && w.endsWith(
                        "not fetched: " + site.baseUrl() + "/robots.txt disallows this page for Feedrafter")));
    }

    @Test
    void aBackfillAsksUnconditionallyAndDraftsWhatWasTooOldEvenWhenTheFeedWouldAnswer304() {
        String feed = Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl());
        site.stubFor(get(urlPathEqualTo("/feed/")).withHeader("If-None-Match", absent()).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withHeader("ETag", "\"29871-v1\"").withBody(feed)));
        site.stubFor(get(urlPathEqualTo("/feed/")).withHeader("If-None-Match", equalTo("\"29871-v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"29871-v1\"")));
        FeedSource nn = new FeedSource("Neuroscience News", URI.create(site.baseUrl() + "/feed/"),
                Schedule.every(Duration.ofMinutes(30)), true, 3, List.of());

        FeedPollResult first = poll(nn, PollOptions.NOW);
        assertThat(first.entries()).extracting(EntryResult::outcome).containsOnly(EntryResult.Outcome.TOO_OLD);
        assertThat(poll(nn, PollOptions.NOW).status()).as("an ordinary poll is conditional")
                .isEqualTo(FeedPollResult.Status.NOT_MODIFIED);

        FeedPollResult backfill = poll(nn, new PollOptions(30, true));
        assertThat(backfill.status()).isEqualTo(FeedPollResult.Status.OK);
        assertThat(backfill.drafts()).isEqualTo(2);
        List<Draft> drafts = db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST));
        assertThat(drafts).hasSize(2);
        site.verify(2, getRequestedFor(urlPathEqualTo("/feed/")).withHeader("If-None-Match", absent()));
        assertThat(state(nn.name()).etag()).isEqualTo("\"29871-v1\"");
    }

    @Test
    void theFeedsTtlStillCountsAfterA304() {
        String rss = GeneratedFeed.rss("Hourly Digest", site.baseUrl(), 1, 60);
        site.stubFor(get(urlPathEqualTo("/hourly/")).withHeader("If-None-Match", absent()).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withHeader("ETag", "\"h1\"").withBody(rss)));
        site.stubFor(get(urlPathEqualTo("/hourly/")).withHeader("If-None-Match", equalTo("\"h1\""))
                .willReturn(aResponse().withStatus(304)));
        FeedSource hourly = new FeedSource("Hourly", URI.create(site.baseUrl() + "/hourly/"),
                Schedule.every(Duration.ofMinutes(5)), false, 3650, List.of());
        Duration slack = Duration.ofSeconds(15);  // a twentieth of the 5-minute interval

        poll(hourly, SCHEDULED);
        assertThat(state("Hourly").nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(60)).minus(slack));
        assertThat(state("Hourly").ttl()).isEqualTo(Duration.ofMinutes(60));

        clock.advance(Duration.ofMinutes(60));
        assertThat(poll(hourly, SCHEDULED).status()).isEqualTo(FeedPollResult.Status.NOT_MODIFIED);
        assertThat(state("Hourly").nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)).minus(slack));

        site.stubFor(get(urlPathEqualTo("/hourly/")).withHeader("If-None-Match", equalTo("\"h1\""))
                .willReturn(aResponse().withStatus(304).withHeader("Cache-Control", "max-age=7200")));
        clock.advance(Duration.ofMinutes(60));
        poll(hourly, SCHEDULED);
        assertThat(state("Hourly").nextAttemptAt()).as("the 304's own Cache-Control still counts")
                .isEqualTo(clock.instant().plus(Duration.ofHours(2)).minus(slack));
    }
}
