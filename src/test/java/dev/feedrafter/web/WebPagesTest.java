package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.model.Draft;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The pages as an editor reads them over plain HTTP: edges of the inbox and the draft page's source panel. */
class WebPagesTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static WebTestServer server;
    private static WebClient alex;

    @BeforeAll
    static void start() throws Exception {
        server = WebTestServer.start(site, dir);
        alex = new WebClient(server.url());
        alex.login(WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPageNumberBeyondTheLastShowsTheLastPage() {
        for (String page : new String[] {"/?status=all&page=99999", "/?status=all&page=2", "/?status=all&page=2147483648"}) {
            HttpResponse<String> r = alex.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("1–6 of 6 drafts").doesNotContain("0–").contains("href=\"/drafts/1\"");
        }
    }

    @Test
    void everyFieldOfEveryPageHasALabelAndNothingComesFromAnotherSite() {
        for (String path : new String[] {"/", "/?status=all&q=x", "/drafts/1", "/drafts/2", "/import", "/feeds", "/login"}) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(alex.get(path).body());
            for (org.jsoup.nodes.Element field : page.select("input:not([type=hidden]), select, textarea")) {
                boolean labelled = field.hasAttr("aria-label") || field.closest("label") != null
                        || !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty();
                assertThat(labelled).as(path + ": " + field.outerHtml()).isTrue();
            }
            for (org.jsoup.nodes.Element asset : page.select("script[src], link[href], img[src]")) {
                assertThat(asset.hasAttr("src") ? asset.attr("src") : asset.attr("href")).as(path).startsWith("/static/");
            }
        }
    }

    @Test
    void aStaleSaveOnADraftRejectedMeanwhileStillShowsTheEditorsText() {
        String csrf = alex.csrfOf("/drafts/5");
        WebClient sam = new WebClient(server.url());
        String basic = WebClient.basic(WebTestServer.SAM, WebTestServer.SAM_PASSWORD);
        assertThat(sam.json("PUT", "/api/drafts/5/body", "{\"body_markdown\":\"Sam's text\",\"version\":1}",
                "Authorization", basic).statusCode()).isEqualTo(200);
        assertThat(sam.json("POST", "/api/drafts/5/status", "{\"status\":\"rejected\"}", "Authorization", basic)
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = alex.postForm("/drafts/5/body", java.util.Map.of("_csrf", csrf,
                "body_markdown", "Alex's careful rewrite", "version", "1"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("is still in the editor below")
                .contains(">Alex&#39;s careful rewrite</textarea>");
    }

    @Test
    void anOldPickedLinkToADraftNobodyHasSaysNothingAboutNull() {
        assertThat(server.db.read(s -> s.drafts().find(4)).orElseThrow().editor()).isNull();
        String page = alex.get("/drafts/4?done=picked").body();
        assertThat(page).doesNotContain("null").doesNotContain("id=\"message\"");
    }

    @Test
    void aFeedImportedAsAnArticlePageSaysToImportItAsAFeed() throws Exception {
        WebTestServer.serveDemoSite(site); // the extension resets stubs between tests
        String feed = site.baseUrl() + "/demo-site/digest/mind-brain.xml";
        HttpResponse<String> started = alex.postForm("/import", java.util.Map.of("_csrf", alex.csrfOf("/import"),
                "url", feed, "kind", "article"));
        assertThat(started.statusCode()).isEqualTo(303);
        String job = started.headers().firstValue("Location").orElseThrow();
        String page = alex.get(job).body();
        for (int i = 0; i < 200 && page.contains("data-refresh"); i++) {
            Thread.sleep(100);
            page = alex.get(job).body();
        }
        assertThat(page).contains("looks like the address of a feed");
        String retry = org.jsoup.Jsoup.parse(page).select("#as-feed a").attr("href");
        assertThat(retry).isEqualTo("/import?kind=feed&url="
                + java.net.URLEncoder.encode(feed, java.nio.charset.StandardCharsets.UTF_8));
        String form = alex.get(retry).body();
        assertThat(form).contains("value=\"" + feed + "\"").contains("value=\"feed\" id=\"kind-feed\" checked");
    }

    @Test
    void aServiceTopicOrFeedThatFeedsYmlDoesNotNameIsA400LikeAnUnknownStatus() {
        for (String query : new String[] {"service=Massage", "topic=gardening", "feed=No%20such%20feed"}) {
            HttpResponse<String> page = alex.get("/?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains("unknown " + query.substring(0, query.indexOf('=')));
            HttpResponse<String> api = alex.getBasic("/api/drafts?" + query, WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
            assertThat(api.statusCode()).as(query).isEqualTo(400);
            assertThat(api.body()).as(query).startsWith("{\"error\":\"unknown " + query.substring(0, query.indexOf('=')));
        }
        for (String query : new String[] {"service=tms%20therapy", "topic=PTSD", "feed=~imports", "feed=Brainwave%20Research%20News"}) {
            assertThat(alex.get("/?" + query).statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedWithAPageThatLeadsBack() {
        HttpResponse<String> refused = alex.postForm("/drafts/4/status", java.util.Map.of("status", "approved"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("did not come from Feedrafter", "<a href=\"/\">Back to the inbox</a>",
                "Logged in as <strong>alex</strong>");
        assertThat(server.db.read(s -> s.drafts().find(4)).orElseThrow().status().label()).isEqualTo("new");
    }

    @Test
    void theDemosImportPageOffersTheSampleArticleAtItsOwnAddress() {
        WebServer demo = WebServer.start(server.config.web(), new HealthHandler(server.db, server.polling),
                WebApp.create(server.config.web(), server.db, server.polling, true));
        try {
            WebClient editor = new WebClient(demo.url());
            editor.login(WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
            String example = demo.url() + "/demo-site/brainwave/esketamine-older-adults-preprint.html";
            assertThat(org.jsoup.Jsoup.parse(editor.get("/import").body()).select("#demo-example").text()).isEqualTo(example);
            assertThat(alex.get("/import").body()).as("not outside the demo").doesNotContain("demo-example");
        } finally {
            demo.close();
        }
    }

    @Test
    void aCitationWhosePartsEndWithTheirOwnStopGetsNoSecondOne() {
        Draft d = server.db.read(s -> s.drafts().find(3)).orElseThrow();
        var m = d.meta();
        var meta = new dev.feedrafter.model.FrontMatter(m.title(), m.slug(), m.services(), m.topics(), m.relevance(),
                m.relevanceExplained(), m.sources(), m.evidence(), new dev.feedrafter.model.Citation("Smith J, et al.",
                "Does it work?", "J. Neurosci.", 2026, "10.5555/x"), m.image(), m.review(), m.sourceChanges());
        server.db.transaction(s -> s.drafts().refresh(3, meta, d.bodyMarkdown(), d.updatedAt()));
        String citation = org.jsoup.Jsoup.parse(alex.get("/drafts/3").body()).select("p.citation").text();
        assertThat(citation).isEqualTo("Smith J, et al. Does it work? J. Neurosci. 2026. doi:10.5555/x");
    }
}
