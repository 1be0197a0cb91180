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
        for (String page : new String[] {"/?page=99999", "/?page=2", "/?page=2147483648"}) {
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
    void aCitationWhoseAuthorsEndWithAFullStopGetsNoSecondOne() {
        Draft d = server.db.read(s -> s.drafts().list(null, dev.feedrafter.store.DraftRepository.Sort.NEWEST)).stream()
                .filter(x -> x.meta().research() != null && x.meta().research().authors() != null
                        && x.meta().research().authors().endsWith("et al."))
                .findFirst().orElseThrow();
        String page = alex.get("/drafts/" + d.id()).body();
        assertThat(page).contains("<p class=\"citation\">" + d.meta().research().authors() + " ").doesNotContain("et al..");
    }
}
