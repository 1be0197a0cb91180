package dev.feedrafter.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.SourceChange;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report the outlet corrects at the same address (same GUID and link, new words in the feed and on the page):
 * the entry is read again and the draft follows, while text that only looks different (whitespace, tracking
 * parameters) or a feed whose every item changes at once reads nothing again.
 */
class EntryRevisionTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String FEED_SUMMARY = "A small dose of ketamine keeps zebrafish and mice from giving up on an "
            + "impossible task";
    private static final String PAGE_SUMMARY = "A small dose of ketamine keeps zebrafish and mice from “giving up” on "
            + "an impossible task.";
    private static final String CORRECTED = "Correction: a small dose of ketamine kept zebrafish, but not mice, from "
            + "giving up on an impossible task";
    private static final String EDITED = "# Our ketamine post\n\nOur own words about the zebrafish study.\n";

    @TempDir
    Path dir;

    private FeedrafterConfig config;
    private Database db;
    private Pipeline pipeline;
    private String feed;

    @BeforeEach
    void setUp() {
        ResearchNewsSite.serve(site);
        feed = Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl());
        config = new ConfigLoader().load(Fixtures.config("config/clinic.yml", site.baseUrl(), dir));
        db = Database.open(config.store());
        pipeline = new Pipeline(config, db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private FeedPollResult poll() {
        return pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE).get(0);
    }

    private void serveFeed(String text) {
        site.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody(text)));
    }

    /** The outlet corrects its report: new words in its feed item and on its page, at the same addresses. */
    private void correctTheKetamineReport() {
        serveFeed(feed.replace(FEED_SUMMARY, CORRECTED));
        site.stubFor(get(urlPathEqualTo(ResearchNewsSite.KETAMINE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(Fixtures.text("pages/nn-ketamine-astrocytes.html", site.baseUrl())
                        .replace(PAGE_SUMMARY, CORRECTED + "."))));
    }

    private Draft ketamine() {
        return db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST)).stream()
                .filter(d -> d.meta().services().contains("Ketamine infusion therapy")).findFirst().orElseThrow();
    }

    private String file(Draft d) throws Exception {
        return Files.readString(dir.resolve("drafts/" + d.meta().slug() + ".md"), StandardCharsets.UTF_8);
    }

    private void verifyKetaminePageFetched(int times) {
        site.verify(times, getRequestedFor(urlPathEqualTo(ResearchNewsSite.KETAMINE)));
    }

    @Test
    void aCorrectedReportRewritesADraftNoEditorTouched() throws Exception {
        poll();
        assertThat(ketamine().bodyMarkdown()).contains("> " + PAGE_SUMMARY);

        correctTheKetamineReport();
        FeedPollResult second = poll();

        assertThat(second.newEntries()).isZero();
        assertThat(second.revisedEntries()).isEqualTo(1);
        verifyKetaminePageFetched(2);
        Draft after = ketamine();
        assertThat(after.bodyMarkdown()).contains("> " + CORRECTED + ".").doesNotContain(PAGE_SUMMARY);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.meta().sources()).hasSize(1);
        assertThat(file(after)).contains(CORRECTED);

        assertThat(poll().revisedEntries()).as("the corrected text is now the known one").isZero();
        verifyKetaminePageFetched(2);
    }

    @Test
    void aCorrectedReportLeavesAnEditedDraftsBodyAndSaysTheSourceWasUpdated() throws Exception {
        poll();
        Draft before = ketamine();
        new DraftWorkflow(db, config).edit(before.id(), EDITED, before.version(), "alex");

        correctTheKetamineReport();
        poll();

        Draft after = ketamine();
        assertThat(after.bodyMarkdown()).isEqualTo(EDITED);
        assertThat(after.meta().sourceChanges()).extracting(SourceChange::change, c -> c.source().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceChange.Change.UPDATED, "Neuroscience News"));
        assertThat(file(after)).contains("change: \"updated\"").endsWith(EDITED);
    }

    @Test
    void whitespaceAndTrackingParametersAreNoRevision() {
        String withLink = feed.replace(FEED_SUMMARY, FEED_SUMMARY + " (full text: " + site.baseUrl()
                + "/ketamine-astrocytes-perseverance-29871/?utm_source=rss&utm_medium=feed)");
        serveFeed(withLink);
        poll();
        serveFeed(withLink.replace("A small dose of", "A  small\n\tdose of")
                .replace("utm_source=rss&utm_medium=feed", "utm_source=newsletter"));
        assertThat(poll().revisedEntries()).isZero();
        verifyKetaminePageFetched(1);
    }

    @Test
    void entriesSeenBeforeFingerprintsWereKeptAdoptThemSilently() throws SQLException {
        poll();
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("UPDATE entries SET fingerprint = NULL");
        }
        correctTheKetamineReport();
        assertThat(poll().revisedEntries()).isZero();
        verifyKetaminePageFetched(1);
        assertThat(ketamine().bodyMarkdown()).contains(PAGE_SUMMARY);

        serveFeed(feed.replace(FEED_SUMMARY, CORRECTED + ", says the lab"));
        assertThat(poll().revisedEntries()).as("from then on, changes count").isEqualTo(1);
        verifyKetaminePageFetched(2);
    }

    @Test
    void aFeedWhoseEveryItemChangesAtOnceReadsNothingAgain() {
        poll();
        for (int views = 1; views <= 2; views++) {
            // Every item's summary now starts with a view counter: a change of format, not three corrections.
            serveFeed(feed.replace("<description><![CDATA[<p>", "<description><![CDATA[<p>" + (1000 * views)
                    + " views. "));
            FeedPollResult again = poll();
            assertThat(again.revisedEntries()).isZero();
            assertThat(again.entries()).isEmpty();
        }
        verifyKetaminePageFetched(1);
        site.verify(1, getRequestedFor(urlPathEqualTo(ResearchNewsSite.PTSD)));
        List<Draft> drafts = db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST));
        assertThat(drafts).hasSize(2).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));
    }
}
