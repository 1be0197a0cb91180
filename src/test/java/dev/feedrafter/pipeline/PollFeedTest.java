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
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PollFeedTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private FeedrafterConfig config;
    private Database db;
    private Pipeline pipeline;

    @BeforeEach
    void setUp() {
        ResearchNewsSite.serve(site);
        config = new ConfigLoader().load(Fixtures.config("config/clinic.yml", site.baseUrl(), dir));
        db = Database.open(config.store());
        pipeline = new Pipeline(config, db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<Draft> drafts() {
        return db.read(s -> s.drafts().list(null, dev.feedrafter.store.DraftRepository.Sort.NEWEST));
    }

    @Test
    void draftsTheMatchingEntriesOnlyAndWritesTheirFiles() {
        List<FeedPollResult> results = pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FeedPollResult.Status.OK);
            assertThat(r.newEntries()).isEqualTo(3);
            assertThat(r.drafts()).isEqualTo(2);
        });
        assertThat(drafts()).extracting(d -> d.meta().sources().get(0).title()).containsExactlyInAnyOrder(
                "Ketamine Steadies the Star-Shaped Cells That Keep the Brain Trying",
                "Nightmares Fade When Veterans Rehearse a New Ending");
        assertThat(dir.resolve("drafts/ketamine-steadies-the-star-shaped-cells-that-keep-the-brain-trying.md"))
                .exists();
        assertThat(dir.resolve("drafts/nightmares-fade-when-veterans-rehearse-a-new-ending.md")).exists();
    }

    @Test
    void aDraftCarriesTheAttributionThePageGives() {
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        Draft d = drafts().stream().filter(x -> x.meta().services().contains("Ketamine infusion therapy"))
                .findFirst().orElseThrow();
        var source = d.meta().sources().get(0);
        assertThat(source.name()).isEqualTo("Neuroscience News");
        assertThat(source.url()).isEqualTo(site.baseUrl() + ResearchNewsSite.KETAMINE);
        assertThat(source.author()).isEqualTo("Neuroscience News");
        assertThat(source.published()).hasToString("2026-11-20");
        assertThat(d.meta().research().doi()).isEqualTo("10.1016/j.celrep.2026.114872");
        assertThat(d.meta().research().journal()).isEqualTo("Cell Reports");
        assertThat(d.meta().image().credit()).isEqualTo("Credit: Neuroscience News");
        assertThat(d.meta().topics()).containsExactly("depression");
        assertThat(d.meta().title()).isEqualTo("What a New Ketamine Study in Zebrafish and Mice Means for Depression Care");
        assertThat(d.bodyMarkdown())
                .contains("At Mind Spa Denver in Denver, CO")
                .contains("> A small dose of ketamine keeps zebrafish and mice from “giving up”")
                .contains("We offer ketamine infusion therapy for depression, PTSD and anxiety")
                .contains("[contact Mind Spa Denver](https://example-clinic.test/contact)")
                .contains("(" + site.baseUrl() + ResearchNewsSite.KETAMINE + ")")
                .contains("doi:[10.1016/j.celrep.2026.114872](https://doi.org/10.1016/j.celrep.2026.114872)")
                .contains("This post is for general information and is not medical advice.");
    }

    @Test
    void unicodeSurvivesUnchanged() throws Exception {
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        Draft d = drafts().stream().filter(x -> x.meta().services().contains("Ketamine infusion therapy"))
                .findFirst().orElseThrow();
        assertThat(d.meta().research().authors()).isEqualTo("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.");
        assertThat(d.bodyMarkdown()).contains("“giving up”", "astrocytes — star-shaped support cells —");
        String file = Files.readString(dir.resolve("drafts/" + d.meta().slug() + ".md"));
        assertThat(file).contains("Álvarez-Núñez", "“giving up”", "—").doesNotContain("â€", "Ã");
        List<dev.feedrafter.store.StoredSource> stored = db.read(s -> s.stories().sources(d.storyId()));
        assertThat(stored.get(0).article().bodyText()).contains("remains to be tested. 🧠");
        Draft ptsd = drafts().stream().filter(x -> x.meta().topics().contains("PTSD")).findFirst().orElseThrow();
        assertThat(ptsd.bodyMarkdown()).contains("rehearsed it for ten minutes a day 🌙.");
        assertThat(Files.readString(dir.resolve("drafts/" + ptsd.meta().slug() + ".md"))).contains("🌙");
    }

    @Test
    void aSecondPollCreatesNothing() {
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        List<FeedPollResult> second = pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        assertThat(second).singleElement().satisfies(r -> {
            assertThat(r.newEntries()).isZero();
            assertThat(r.drafts()).isZero();
        });
        assertThat(drafts()).hasSize(2);
        site.verify(1, getRequestedFor(urlPathEqualTo(ResearchNewsSite.KETAMINE)));
    }

    @Test
    void importOfOneUrlMakesOneDraftEvenOffTopic() {
        EntryResult r = pipeline.importUrl().importArticle(URI.create(site.baseUrl() + ResearchNewsSite.HONEYBEE),
                false);
        assertThat(r.outcome()).isEqualTo(EntryResult.Outcome.DRAFTED);
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.meta().sources().get(0).title()).isEqualTo("Honeybees Use the Sun’s Glare to Judge Distance");
            assertThat(d.meta().research().doi()).isEqualTo("10.1242/jeb.250011");
        });
        EntryResult again = pipeline.importUrl().importArticle(URI.create(site.baseUrl() + ResearchNewsSite.HONEYBEE),
                false);
        assertThat(again.outcome()).isEqualTo(EntryResult.Outcome.ALREADY_KNOWN);
        assertThat(drafts()).hasSize(1);
    }

    @Test
    void aFailingFeedIsReportedAndTheOthersStillRun() {
        site.stubFor(get(urlPathEqualTo("/broken/")).willReturn(aResponse().withStatus(500)));
        site.stubFor(get(urlPathEqualTo("/not-a-feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Oops</body></html>")));
        FeedSource broken = feed("Broken", "/broken/");
        FeedSource notAFeed = feed("Not a feed", "/not-a-feed/");
        List<FeedPollResult> results = pipeline.pollAll(List.of(broken, config.feeds().get(0), notAFeed),
                PollOptions.NOW, PollProgress.NONE);
        assertThat(results).extracting(FeedPollResult::status).containsExactly(FeedPollResult.Status.FAILED,
                FeedPollResult.Status.OK, FeedPollResult.Status.FAILED);
        assertThat(results.get(0).error()).contains("HTTP 500");
        assertThat(results.get(2).error()).contains("Not a feed");
        assertThat(drafts()).hasSize(2);
        assertThat(db.read(s -> s.feeds().find("Broken")).orElseThrow().failuresInRow()).isEqualTo(1);
    }

    @Test
    void anArticlePageThatFailsFallsBackToTheFeedText() {
        site.stubFor(get(urlPathEqualTo(ResearchNewsSite.PTSD)).willReturn(aResponse().withStatus(404)));
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        Draft ptsd = drafts().stream().filter(d -> d.meta().topics().contains("PTSD")).findFirst().orElseThrow();
        assertThat(ptsd.meta().sources().get(0).name()).isEqualTo("Neuroscience News");
        assertThat(ptsd.bodyMarkdown()).contains("Veterans with PTSD who rehearsed a rewritten version");
    }

    @Test
    void anOutletIsCreditedByItsNameWithoutTheSiteTagline() {
        servePsyPostFeed("");
        pipeline.pollAll(List.of(feed("PsyPost feed", "/psypost/feed/")), PollOptions.NOW, PollProgress.NONE);
        // the page's og:site_name is "PsyPost - Psychology News", as on the real site
        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.meta().sources().get(0).name()).isEqualTo("PsyPost");
            assertThat(d.bodyMarkdown()).contains("In the words of PsyPost:").doesNotContain("Psychology News");
        });
    }

    @Test
    void anEntryWithoutALinkDoesNotFailThePoll() {
        servePsyPostFeed("""
                <item><title>Broken entry &amp; no link here</title><pubDate>yesterday-ish</pubDate>
                <description><![CDATA[<p>This entry lost its link <b>and its date</p>]]></description></item>
                """);
        List<FeedPollResult> results = pipeline.pollAll(List.of(feed("PsyPost feed", "/psypost/feed/")),
                PollOptions.NOW, PollProgress.NONE);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FeedPollResult.Status.OK);
            assertThat(r.newEntries()).isEqualTo(2);
            assertThat(r.failedEntries()).isZero();
            assertThat(r.drafts()).isEqualTo(1);
        });
    }

    @Test
    void importOfAFeedReportsEntriesWithoutLinkOrTextAndDraftsNothingEmpty() {
        servePsyPostFeed("""
                <item><title>Ketamine and depression: an entry that lost its link</title>
                <description>Ketamine eased depression.</description></item>
                <item><title></title><link>%s/psypost/gone/</link></item>
                """.formatted(site.baseUrl()));
        site.stubFor(get(urlPathEqualTo("/psypost/gone/")).willReturn(aResponse().withStatus(404)));
        List<EntryResult> results = pipeline.importUrl().importFeed(URI.create(site.baseUrl() + "/psypost/feed/"),
                false);
        assertThat(results).extracting(EntryResult::outcome).containsExactly(EntryResult.Outcome.DRAFTED,
                EntryResult.Outcome.FAILED, EntryResult.Outcome.FAILED);
        assertThat(results.get(1).detail()).isEqualTo("the entry has no link, so a draft could not credit it")
                .doesNotContain("database");
        assertThat(results.get(1).title()).isEqualTo("Ketamine and depression: an entry that lost its link");
        assertThat(results.get(2).detail()).isEqualTo("nothing to draft: no title and no text");
        assertThat(drafts()).singleElement().satisfies(d ->
                assertThat(d.meta().sources().get(0).name()).isEqualTo("PsyPost"));
    }

    @Test
    void aStoryFirstKnownOnlyFromFeedTextTakesItsEvidenceTypeFromTheNextOutlet() {
        // an outlet whose page cannot be fetched: its feed text says nothing of the study's subjects
        site.stubFor(get(urlPathEqualTo("/wire/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"><channel><title>Science Wire</title><link>%1$s/wire/</link>
                        <item><title>Ketamine and the will to keep going in depression</title>
                        <link>%1$s/wire/ketamine-will/</link><guid>%1$s/wire/ketamine-will/</guid>
                        <pubDate>Thu, 19 Nov 2026 09:00:00 +0000</pubDate><prism:doi>10.1016/j.celrep.2026.114872</prism:doi>
                        <description><![CDATA[<p>Ketamine changes how the brain decides to give up, a new paper in
                        Cell Reports says. <a href="https://doi.org/10.1016/j.celrep.2026.114872">Read the paper</a></p>]]>
                        </description></item></channel></rss>""".formatted(site.baseUrl()))));
        site.stubFor(get(urlPathEqualTo("/wire/ketamine-will/")).willReturn(aResponse().withStatus(404)));
        pipeline.pollAll(List.of(feed("Science Wire", "/wire/feed/")), PollOptions.NOW, PollProgress.NONE);
        assertThat(drafts()).singleElement().satisfies(d -> assertThat(d.meta().evidence().label()).isEqualTo("unknown"));

        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);  // Neuroscience News: zebrafish and mice
        Draft ketamine = drafts().stream().filter(d -> d.meta().sources().size() == 2).findFirst().orElseThrow();
        assertThat(ketamine.meta().evidence().label()).isEqualTo("animal");
        assertThat(ketamine.bodyMarkdown()).contains("zebrafish and mice");
    }

    /** A PsyPost-style feed with the rumination article, plus {@code extraItems}. */
    private void servePsyPostFeed(String extraItems) {
        String base = site.baseUrl();
        site.stubFor(get(urlPathEqualTo("/psypost/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                        <title>PsyPost – Psychology News</title><link>%1$s/psypost/</link>
                        <item><title>Ketamine quiets ruminative thinking in people with hard-to-treat depression</title>
                        <link>%1$s/psypost/ketamine-rumination/</link><dc:creator>Maren Holt</dc:creator>
                        <pubDate>Mon, 23 Nov 2026 08:30:00 +0000</pubDate>
                        <guid isPermaLink="false">%1$s/?p=231001</guid>
                        <description>A single ketamine infusion reduced repetitive negative thinking.</description></item>
                        %2$s</channel></rss>""".formatted(base, extraItems))));
        site.stubFor(get(urlPathEqualTo("/psypost/ketamine-rumination/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(Fixtures.text("pages/psypost-ketamine-rumination.html", base))));
    }

    private FeedSource feed(String name, String path) {
        return new FeedSource(name, URI.create(site.baseUrl() + path), Schedule.every(Duration.ofMinutes(30)), true,
                3650, List.of());
    }
}
