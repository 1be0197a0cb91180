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
import dev.feedrafter.model.SourceChange;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What later polls do to a draft: citations completed from Crossref, sources added and updated, and an editor's
 * text kept word for word with a note of every source change since the edit.
 */
class DraftRevisionTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SECOND_OUTLET = "/releases/2026/11/261121104455.htm";
    private static final String REPUBLISHED = "/ketamine-astrocytes-perseverance-29871-2/";
    private static final String EDITED = "# Our ketamine post\n\nOur own words about the zebrafish study.\n";

    @TempDir
    Path dir;

    private FeedrafterConfig config;
    private Database db;
    private Pipeline pipeline;

    @BeforeEach
    void setUp() {
        ResearchNewsSite.serve(site);
        site.stubFor(get(urlPathEqualTo("/crossref/works/10.1016/j.celrep.2026.114872")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("crossref/work-celrep-ketamine.json"))));
        config = new ConfigLoader().load(Fixtures.config("config/clinic.yml", site.baseUrl(), dir));
        db = Database.open(config.store());
        pipeline = new Pipeline(config, db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Draft ketamine() {
        return db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST)).stream()
                .filter(d -> d.meta().services().contains("Ketamine infusion therapy")).findFirst().orElseThrow();
    }

    private void poll() {
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
    }

    /**
     * The outlet republishes its report with new text under an edited slug (a new item in its feed), and a
     * second outlet reports the same study.
     */
    private void sourcesChange() {
        String base = site.baseUrl();
        String page = Fixtures.text("pages/nn-ketamine-astrocytes.html", base)
                .replace(ResearchNewsSite.KETAMINE, REPUBLISHED)
                .replace("A small dose of ketamine keeps zebrafish and mice from “giving up” on an impossible task.",
                        "Update: a small dose of ketamine keeps zebrafish and mice from “giving up”, and a second lab "
                                + "has now seen the same in rats.");
        site.stubFor(get(urlPathEqualTo(REPUBLISHED)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(page)));
        site.stubFor(get(urlPathEqualTo(SECOND_OUTLET)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(Fixtures.text("pages/sd-ketamine-astrocytes.html", base))));
        String items = "<item><title>Ketamine Steadies the Star-Shaped Cells That Keep the Brain Trying</title>"
                + "<link>" + base + REPUBLISHED + "</link><guid isPermaLink=\"false\">" + base
                + "/?p=29871&amp;rev=2</guid><pubDate>Sun, 22 Nov 2026 09:00:00 +0000</pubDate></item>"
                + "<item><title>Ketamine keeps animals trying by calming astrocytes</title><link>" + base
                + SECOND_OUTLET + "</link><guid>" + base + SECOND_OUTLET + "</guid>"
                + "<pubDate>Sat, 21 Nov 2026 10:44:55 +0000</pubDate></item>";
        String feed = Fixtures.text("feeds/wordpress-research-news.xml", base);
        int first = feed.indexOf("<item>");
        site.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withBody(feed.substring(0, first) + items + feed.substring(first))));
    }

    @Test
    void crossrefCompletesTheCitationThePageLeftIncomplete() {
        poll();
        assertThat(ketamine().meta().research().year()).isEqualTo(2026);
        assertThat(ketamine().meta().research().authors()).isEqualTo("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.");
        assertThat(ketamine().bodyMarkdown()).contains("*Cell Reports*. 2026. doi:[10.1016/j.celrep.2026.114872]");
    }

    @Test
    void anEditedDraftSurvivesARepollThatChangesItsSourcesAndSaysSo() throws Exception {
        poll();
        Draft before = ketamine();
        DraftWorkflow workflow = new DraftWorkflow(db, config);
        workflow.edit(before.id(), EDITED, before.version(), "alex");

        sourcesChange();
        poll();

        Draft after = ketamine();
        assertThat(after.bodyMarkdown()).isEqualTo(EDITED);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.meta().sources()).extracting(s -> s.name()).containsExactlyInAnyOrder("Neuroscience News",
                "ScienceDaily");
        assertThat(after.meta().sourceChanges()).extracting(SourceChange::change, c -> c.source().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SourceChange.Change.ADDED, "ScienceDaily"),
                        org.assertj.core.groups.Tuple.tuple(SourceChange.Change.UPDATED, "Neuroscience News"));
        String file = Files.readString(dir.resolve("drafts/" + after.meta().slug() + ".md"), StandardCharsets.UTF_8);
        assertThat(file).contains("source_changes:", "change: \"added\"", "change: \"updated\"", "name: \"ScienceDaily\"")
                .endsWith(EDITED);

        Draft reEdited = workflow.edit(after.id(), EDITED + "\nA line more.\n", after.version(), "alex");
        assertThat(reEdited.meta().sourceChanges()).isEmpty();
        assertThat(reEdited.version()).isEqualTo(3);
    }

    @Test
    void aDraftNoEditorTouchedFollowsItsSourcesWithoutNotes() {
        poll();
        sourcesChange();
        poll();
        Draft after = ketamine();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.meta().sourceChanges()).isEmpty();
        assertThat(after.bodyMarkdown()).contains("> Update: a small dose of ketamine", "ScienceDaily",
                "ScienceDaily and Neuroscience News recently reported");
    }

    @Test
    void seeingTheSameUnchangedReportAgainChangesNothing() {
        poll();
        Draft before = ketamine();
        EntryResult again = pipeline.importUrl().importArticle(java.net.URI.create(site.baseUrl()
                + ResearchNewsSite.KETAMINE), false);
        assertThat(again.outcome()).isEqualTo(EntryResult.Outcome.ALREADY_KNOWN);
        assertThat(ketamine()).isEqualTo(before);
        assertThat(List.of(before.meta().sources().size())).containsExactly(1);
    }

    @Test
    void everyStoredChangeOfADraftRewritesItsFileReadableByOthers() throws Exception {
        poll();
        Draft d = ketamine();
        Path file = dir.resolve("drafts/" + d.meta().slug() + ".md");
        DraftWorkflow workflow = new DraftWorkflow(db, config);

        workflow.move(d.id(), dev.feedrafter.model.DraftStatus.PICKED, "alex", null);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("status: \"picked\"");
        Draft edited = workflow.edit(d.id(), EDITED, workflow.find(d.id()).orElseThrow().version(), "alex");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith(EDITED);
        workflow.move(edited.id(), dev.feedrafter.model.DraftStatus.REJECTED, "alex", "not for us");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("status: \"rejected\"");

        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            // A CMS or web server running as another user reads the folder: group and others may read.
            assertThat(Files.getPosixFilePermissions(file)).contains(
                    java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                    java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        }
    }
}
