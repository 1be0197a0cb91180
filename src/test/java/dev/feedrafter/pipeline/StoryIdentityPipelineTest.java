package dev.feedrafter.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Source;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.OneStudyFourOutlets;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One story per study: clustering across outlets, identity that survives publishers, tombstones, backfill. */
class StoryIdentityPipelineTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private FeedrafterConfig config;
    private Database db;

    @BeforeEach
    void setUp() {
        OneStudyFourOutlets.serve(site);
        ResearchNewsSite.serve(site);
        config = new ConfigLoader().load(Fixtures.config("config/clinic.yml", site.baseUrl(), dir));
        db = Database.open(config.store());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Pipeline pipeline(Instant now) {
        return new Pipeline(config, db, Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<FeedPollResult> poll(List<FeedSource> feeds, PollOptions options) {
        return pipeline(Instant.parse("2026-11-20T12:00:00Z")).pollAll(feeds, options, PollProgress.NONE);
    }

    private List<Draft> drafts() {
        return db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST));
    }

    @Test
    void oneStudyToldByFourOutletsIsOneStoryOneDraftFourSources() {
        poll(OneStudyFourOutlets.feeds(site), PollOptions.NOW);
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.meta().sources()).extracting(Source::name).containsExactly("Neuroscience News",
                    "Medical Xpress", "ScienceDaily", "EurekAlert!");
            assertThat(d.meta().research().doi()).isEqualTo(OneStudyFourOutlets.DOI);
            assertThat(d.meta().evidence()).isEqualTo(Evidence.HUMAN_TRIAL);
            assertThat(d.meta().services()).contains("TMS therapy");
            assertThat(d.bodyMarkdown()).contains("EurekAlert!", "ScienceDaily", "Medical Xpress", "Neuroscience News");
        });
    }

    @Test
    void aReprintedPressReleaseJoinsByItsTextWhenNoDoiIsGiven() {
        for (int i = 0; i < 2; i++) {
            String[] o = OneStudyFourOutlets.OUTLETS.get(i);
            String withoutDoi = Fixtures.text(o[4], site.baseUrl()).replace(OneStudyFourOutlets.DOI, "")
                    .replace("https://doi.org/", "https://journal.example/");
            site.stubFor(get(urlPathEqualTo(o[3])).willReturn(aResponse().withStatus(200).withBody(withoutDoi)));
        }
        List<FeedSource> feeds = OneStudyFourOutlets.feeds(site);
        poll(List.of(feeds.get(0), feeds.get(1)), PollOptions.NOW);
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.meta().research()).satisfiesAnyOf(r -> assertThat(r).isNull(),
                    r -> assertThat(r.doi()).isNull());
            assertThat(d.meta().sources()).extracting(Source::name).containsExactly("ScienceDaily", "EurekAlert!");
        });
    }

    @Test
    void theSameStudyJoinsInAnyOrderAndAcrossPolls() {
        List<FeedSource> feeds = OneStudyFourOutlets.feeds(site);
        poll(List.of(feeds.get(3)), PollOptions.NOW);
        poll(List.of(feeds.get(1), feeds.get(0)), PollOptions.NOW);
        poll(List.of(feeds.get(2)), PollOptions.NOW);
        assertThat(drafts()).singleElement().satisfies(d -> assertThat(d.meta().sources()).hasSize(4));
    }

    @Test
    void anEditedDraftOnlyGainsSourcesWhenAnotherOutletJoins() {
        List<FeedSource> feeds = OneStudyFourOutlets.feeds(site);
        poll(List.of(feeds.get(0)), PollOptions.NOW);
        Draft first = drafts().get(0);
        new DraftWorkflow(db, config).edit(first.id(), "Our own words.\n", first.version(), "alex");
        poll(List.of(feeds.get(1)), PollOptions.NOW);
        Draft after = drafts().get(0);
        assertThat(after.bodyMarkdown()).isEqualTo("Our own words.\n");
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.meta().sources()).hasSize(2);
        assertThat(after.meta().title()).isEqualTo(first.meta().title());
    }

    @Test
    void aRepublishedItemWithANewGuidOrTrackingParametersIsNothingNew() {
        poll(config.feeds(), PollOptions.NOW);
        int before = drafts().size();
        String republished = Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl())
                .replace("?p=29871</guid>", "?p=40001</guid>")
                .replace("/ptsd-nightmare-rehearsal-29855/</link>", "/ptsd-nightmare-rehearsal-29855/?utm_source=rss"
                        + "&amp;utm_medium=rss</link>")
                .replace("?p=29855</guid>", "?p=40002</guid>");
        site.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody(republished)));
        List<FeedPollResult> second = poll(config.feeds(), PollOptions.NOW);
        assertThat(second.get(0).drafts()).isZero();
        assertThat(drafts()).hasSize(before).allSatisfy(d -> assertThat(d.meta().sources()).hasSize(1));
    }

    @Test
    void aSlugEditByTheSameOutletJoinsTheSameStoryWithoutASecondCredit() {
        List<FeedSource> feeds = OneStudyFourOutlets.feeds(site);
        poll(List.of(feeds.get(3)), PollOptions.NOW);
        String moved = Fixtures.text("feeds/story/neurosciencenews.xml", site.baseUrl())
                .replace("accelerated-tms-depression-29902", "accelerated-tms-stubborn-depression-29902")
                .replace("?p=29902", "?p=29903");
        site.stubFor(get(urlPathEqualTo("/nn/feed/")).willReturn(aResponse().withStatus(200).withBody(moved)));
        site.stubFor(get(urlPathEqualTo("/accelerated-tms-stubborn-depression-29902/")).willReturn(aResponse()
                .withStatus(200).withBody(Fixtures.text("pages/story/neurosciencenews-tms.html", site.baseUrl()))));
        poll(List.of(feeds.get(3)), PollOptions.NOW);
        assertThat(drafts()).singleElement().satisfies(d -> assertThat(d.meta().sources()).hasSize(1));
    }

    @Test
    void aRejectedStoryStaysRejectedWhenAnotherOutletReportsIt() {
        List<FeedSource> feeds = OneStudyFourOutlets.feeds(site);
        poll(List.of(feeds.get(0)), PollOptions.NOW);
        long id = drafts().get(0).id();
        new DraftWorkflow(db, config).move(id, DraftStatus.REJECTED, "alex", "not for us");
        List<FeedPollResult> later = poll(List.of(feeds.get(1), feeds.get(2)), PollOptions.NOW);
        assertThat(later).flatExtracting(FeedPollResult::entries).extracting(EntryResult::outcome)
                .containsOnly(EntryResult.Outcome.REJECTED_STORY);
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DraftStatus.REJECTED);
            assertThat(d.meta().sources()).hasSize(1);
        });
    }

    @Test
    void aNewFeedDraftsOnlyRecentEntriesUntilABackfill() {
        Pipeline later = pipeline(Instant.parse("2026-12-10T12:00:00Z"));
        FeedSource nn = new FeedSource("Neuroscience News", config.feeds().get(0).url(),
                config.feeds().get(0).schedule(), true, 14, List.of());
        FeedPollResult first = later.pollAll(List.of(nn), PollOptions.NOW, PollProgress.NONE).get(0);
        assertThat(first.entries()).extracting(EntryResult::outcome).containsOnly(EntryResult.Outcome.TOO_OLD);
        assertThat(drafts()).isEmpty();
        FeedPollResult backfill = later.pollAll(List.of(nn), new PollOptions(30, true), PollProgress.NONE).get(0);
        assertThat(backfill.drafts()).isEqualTo(2);
    }

    @Test
    void relevanceIsExplainedTermByTermAndField() {
        poll(config.feeds(), PollOptions.NOW);
        Draft ketamine = drafts().stream().filter(d -> d.meta().services().contains("Ketamine infusion therapy"))
                .findFirst().orElseThrow();
        assertThat(ketamine.meta().relevanceExplained()).extracting(m -> m.term() + "@" + m.field())
                .contains("ketamine@title", "ketamine@summary", "ketamine@body", "depression@body");
        assertThat(ketamine.meta().evidence()).isEqualTo(Evidence.ANIMAL);
    }
}
