package dev.feedrafter.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Crossref fills the gaps of a citation, remembers its answers in the store, and never breaks a draft. */
class CitationCompletionTest {
    @RegisterExtension
    static WireMockExtension crossref = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DOI = "10.1016/j.celrep.2026.114872";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private FeedrafterConfig config;

    @BeforeEach
    void setUp() {
        config = config("");
        db = Database.open(config.store());
        crossref.stubFor(get(urlPathEqualTo("/works/" + DOI)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.text("crossref/work-celrep-ketamine.json"))));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private FeedrafterConfig config(String crossrefExtra) {
        return new ConfigLoader().parse("feeds.yml", "clinic: {name: Clinic}\n"
                + "drafts:\n  crossref: {base_url: \"" + crossref.baseUrl() + "\", mailto: editor@example-clinic.test"
                + crossrefExtra + "}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db") + "\"}\nfetch: {allow_private_addresses: true}\n", dir);
    }

    private CitationCompletion completion(Instant at) {
        return CitationCompletion.of(config, db, Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Article article(Citation citation) {
        return new Article("https://news.test/a", null, "T", List.of(), null, null, null, null, null, null, List.of(),
                "", "", null, null, citation, null, List.of());
    }

    @Test
    void fillsOnlyTheGapsAndThePagesOwnValuesWin() {
        Citation page = new Citation("Álvarez-Núñez J, et al.", "Ketamine dampens astrocyte signals of futility",
                "Cell Rep", null, DOI);
        Citation done = completion(NOW).complete(article(page)).citation();
        assertThat(done).isEqualTo(new Citation("Álvarez-Núñez J, et al.",
                "Ketamine dampens astrocyte signals of futility", "Cell Rep", 2026, DOI));
        assertThat(completion(NOW).complete(article(new Citation(null, null, null, null, DOI))).citation())
                .isEqualTo(new Citation("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.",
                        "Ketamine dampens astrocyte signals of futility to sustain effort in zebrafish and mice",
                        "Cell Reports", 2026, DOI));
    }

    @Test
    void asksCrossrefOncePerDoiEvenAcrossRuns() {
        Article a = article(new Citation(null, null, null, null, DOI));
        completion(NOW).complete(a);
        completion(NOW.plus(Duration.ofDays(400))).complete(a);
        crossref.verify(1, getRequestedFor(urlPathEqualTo("/works/" + DOI)));
    }

    @Test
    void aDoiCrossrefDoesNotKnowIsAskedAgainOnlyAfterAWeek() {
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/nope")).willReturn(aResponse().withStatus(404)));
        Article a = article(new Citation(null, "T", null, null, "10.1000/nope"));
        assertThat(completion(NOW).complete(a)).isSameAs(a);
        completion(NOW.plus(Duration.ofDays(6))).complete(a);
        crossref.verify(1, getRequestedFor(urlPathEqualTo("/works/10.1000/nope")));
        completion(NOW.plus(Duration.ofDays(8))).complete(a);
        crossref.verify(2, getRequestedFor(urlPathEqualTo("/works/10.1000/nope")));
    }

    @Test
    void aFailedLookupLeavesTheCitationAsItIsAndIsNotRemembered() {
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/down")).willReturn(aResponse().withStatus(503)));
        Article a = article(new Citation("A B", "T", null, null, "10.1000/down"));
        assertThat(completion(NOW).complete(a)).isSameAs(a);
        completion(NOW).complete(a);
        crossref.verify(2, getRequestedFor(urlPathEqualTo("/works/10.1000/down")));
    }

    @Test
    void afterAFailureCrossrefIsLeftAloneForAWhileSoNoPollWaitsATimeoutPerEntry() {
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/down")).willReturn(aResponse().withStatus(503)));
        MutableClock clock = new MutableClock(NOW);
        CitationCompletion completion = CitationCompletion.of(config, db, clock);
        completion.complete(article(new Citation(null, "T", null, null, "10.1000/down")));
        Article other = article(new Citation(null, null, null, null, DOI));
        assertThat(completion.complete(other)).isSameAs(other);
        crossref.verify(0, getRequestedFor(urlPathEqualTo("/works/" + DOI)));
        clock.advance(CitationCompletion.PAUSE_AFTER_FAILURE);
        assertThat(completion.complete(other).citation().year()).isEqualTo(2026);
    }

    @Test
    void aWrongDoiOnThePageDoesNotPullInAnotherPaper() {
        Article a = article(new Citation(null, "Bees judge distance by the glare of the sun", null, null, DOI));
        assertThat(completion(NOW).complete(a)).isSameAs(a);
    }

    @Test
    void asksNothingWithoutADoiWithACompleteCitationOrWhenTurnedOff() {
        completion(NOW).complete(article(new Citation("A", "T", null, null, null)));
        completion(NOW).complete(article(new Citation("A", "T", "J", 2026, DOI)));
        config = config(", enabled: false");
        completion(NOW).complete(article(new Citation(null, null, null, null, DOI)));
        crossref.verify(0, getRequestedFor(urlPathMatching("/works/.*")));
    }
}
