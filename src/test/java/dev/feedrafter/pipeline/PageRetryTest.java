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
import dev.feedrafter.store.Database;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article page that fails for a passing reason (a 503, a 429) is drafted from the feed's text, and tried
 * again at later polls — a few times — so that the draft gets the page's summary and citation once it answers.
 * A page that fails for good (404) is not tried again.
 */
class PageRetryTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Only the page gives the original research; the feed's text does not. */
    private static final String FROM_THE_PAGE = "- Original research:";

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

    private void poll() {
        pipeline.pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
    }

    private void ketaminePageAnswers(int status) {
        site.stubFor(get(urlPathEqualTo(ResearchNewsSite.KETAMINE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Busy</body></html>")));
    }

    private Draft ketamine() {
        return db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST)).stream()
                .filter(d -> d.meta().services().contains("Ketamine infusion therapy")).findFirst().orElseThrow();
    }

    private void verifyKetaminePageFetched(int times) {
        site.verify(times, getRequestedFor(urlPathEqualTo(ResearchNewsSite.KETAMINE)));
    }

    @Test
    void aPageThatWasBusyIsReadAtTheNextPollAndTheDraftFollowsIt() {
        ketaminePageAnswers(503);
        poll();
        assertThat(ketamine().bodyMarkdown()).doesNotContain(FROM_THE_PAGE);

        ResearchNewsSite.serve(site);
        poll();
        verifyKetaminePageFetched(2);
        assertThat(ketamine().bodyMarkdown()).contains(FROM_THE_PAGE);
        java.util.List<Draft> drafts = db.read(s -> s.drafts().list(null, DraftRepository.Sort.NEWEST));
        assertThat(drafts).as("the retry updates the draft, it makes no second one").hasSize(2);

        poll();
        verifyKetaminePageFetched(2);  // read now: not fetched again
    }

    @Test
    void aPageIsTriedAFewTimesAtMostAndAPageThatIsGoneNotAgain() {
        ketaminePageAnswers(503);
        site.stubFor(get(urlPathEqualTo(ResearchNewsSite.PTSD)).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < PollFeed.PAGE_ATTEMPTS + 2; i++) {
            poll();
        }
        verifyKetaminePageFetched(PollFeed.PAGE_ATTEMPTS);
        site.verify(1, getRequestedFor(urlPathEqualTo(ResearchNewsSite.PTSD)));
    }
}
