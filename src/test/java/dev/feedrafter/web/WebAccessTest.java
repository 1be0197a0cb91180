package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Who may reach what, over plain HTTP: nothing but /health, the login page and static files without a login. */
class WebAccessTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static WebTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebTestServer.start(site, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final List<String> PAGES = List.of("/", "/?status=all&q=ketamine", "/drafts/1", "/drafts/1/download",
            "/drafts/1/download?format=html", "/import", "/import/abc", "/feeds", "/no-such-page", "/static-not");
    private static final List<String> FORMS = List.of("/drafts/1/status", "/drafts/1/body", "/drafts/1/export",
            "/preview", "/import", "/feeds/poll", "/logout");

    @Test
    void withoutALoginEveryPageAndFormLeadsToTheLoginPage() {
        WebClient anonymous = new WebClient(server.url());
        for (String page : PAGES) {
            HttpResponse<String> r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
            assertThat(r.body()).as(page).doesNotContain("Ketamine");
        }
        assertThat(anonymous.get("/drafts/1").headers().firstValue("Location")).hasValue("/login?next=%2Fdrafts%2F1");
        for (String form : FORMS) {
            HttpResponse<String> r = anonymous.postForm(form, Map.of("status", "approved", "body_markdown", "x"));
            assertThat(r.statusCode()).as(form).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(form).hasValue("/login");
        }
        assertThat(server.db.read(s -> s.drafts().find(1)).orElseThrow().status().label()).isEqualTo("new");
    }

    @Test
    void withoutALoginTheApiAnswers401WithABasicChallenge() {
        WebClient anonymous = new WebClient(server.url());
        for (String path : List.of("/api/drafts", "/api/drafts/1", "/api/drafts/999", "/api/nothing")) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Feedrafter\", charset=\"UTF-8\"");
            assertThat(r.body()).startsWith("{\"error\":\"log in first");
        }
        assertThat(anonymous.json("POST", "/api/drafts/1/status", "{\"status\":\"approved\"}").statusCode()).isEqualTo(401);
        assertThat(anonymous.json("PUT", "/api/drafts/1/body", "{\"body_markdown\":\"x\",\"version\":1}").statusCode())
                .isEqualTo(401);
        assertThat(anonymous.getBasic("/api/drafts", WebTestServer.ALEX, "wrong").statusCode()).isEqualTo(401);
        assertThat(anonymous.getBasic("/api/drafts", "nobody", WebTestServer.ALEX_PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void healthLoginAndStaticFilesAreOpen() {
        WebClient anonymous = new WebClient(server.url());
        assertThat(anonymous.get("/health").statusCode()).isIn(200, 503);
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<label for=\"username\">Name</label>", "<label for=\"password\">Password</label>");
        assertThat(anonymous.get("/static/app.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/static/app.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/demo-site/brainwave/feed.xml").statusCode())
                .as("the sample site is served only by the demo").isEqualTo(302);
    }

    @Test
    void loginSetsAProtectedCookieGoesToTheAskedPageAndLogoutEndsTheSession() {
        WebClient browser = new WebClient(server.url());
        String csrf = WebClient.csrf(browser.get("/login?next=%2Ffeeds").body());
        HttpResponse<String> in = browser.postForm("/login", Map.of("_csrf", csrf, "username", "Alex",
                "password", WebTestServer.ALEX_PASSWORD, "next", "/feeds"));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/feeds");
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("feedrafter_session=").contains("HttpOnly", "SameSite=Lax", "Path=/"));
        assertThat(browser.get("/feeds").statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.postForm("/logout", Map.of("_csrf", browser.csrfOf("/feeds")));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(browser.get("/feeds").statusCode()).isEqualTo(302);
    }

    @Test
    void loginRefusesWrongPasswordsForgedFormsAndForeignTargets() {
        WebClient browser = new WebClient(server.url());
        HttpResponse<String> wrong = browser.login(WebTestServer.SAM, "not it");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The name or password is not right", "value=\"sam\"");
        HttpResponse<String> forged = browser.postForm("/login", Map.of("_csrf", "made-up", "username",
                WebTestServer.SAM, "password", WebTestServer.SAM_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(LoginHandler.safeTarget("//evil.example/")).isEqualTo("/");
        assertThat(LoginHandler.safeTarget("https://evil.example/")).isEqualTo("/");
        assertThat(LoginHandler.safeTarget("/\\evil.example")).isEqualTo("/");
        assertThat(LoginHandler.safeTarget("/drafts/3?done=saved")).isEqualTo("/drafts/3?done=saved");
        HttpResponse<String> right = browser.login(WebTestServer.SAM, WebTestServer.SAM_PASSWORD);
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aLoginWithJustNameAndPasswordWorksUnlessAnotherSiteSentIt() {
        Map<String, String> fields = Map.of("username", WebTestServer.SAM, "password", WebTestServer.SAM_PASSWORD);
        HttpResponse<String> client = new WebClient(server.url()).postForm("/login", fields);
        assertThat(client.statusCode()).isEqualTo(303);
        assertThat(client.headers().firstValue("Set-Cookie")).isPresent();
        HttpResponse<String> sameOrigin = new WebClient(server.url()).postForm("/login", fields, "Origin",
                server.url(), "Sec-Fetch-Site", "same-origin");
        assertThat(sameOrigin.statusCode()).isEqualTo(303);
        HttpResponse<String> crossSite = new WebClient(server.url()).postForm("/login", fields, "Origin",
                "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> foreignReferer = new WebClient(server.url()).postForm("/login", fields, "Referer",
                "https://evil.example/page");
        assertThat(foreignReferer.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefusedWith403() {
        WebClient browser = new WebClient(server.url());
        browser.login(WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
        HttpResponse<String> noToken = browser.postForm("/drafts/2/status", Map.of("status", "approved"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> otherToken = browser.postForm("/drafts/2/status", Map.of("status", "approved",
                "_csrf", "not-the-token"));
        assertThat(otherToken.statusCode()).isEqualTo(403);
        assertThat(otherToken.body()).contains("missing or wrong CSRF token");
        assertThat(server.db.read(s -> s.drafts().find(2)).orElseThrow().status().label()).isEqualTo("new");
        String csrf = browser.csrfOf("/drafts/2");
        HttpResponse<String> withToken = browser.postForm("/drafts/2/status", Map.of("status", "picked", "_csrf", csrf));
        assertThat(withToken.statusCode()).isEqualTo(303);
        assertThat(server.db.read(s -> s.drafts().find(2)).orElseThrow().editor()).isEqualTo(WebTestServer.ALEX);
    }

    @Test
    void pollNowPollsAFeedInTheBackgroundAndTheFeedsPageShowsTheOutcome() {
        WebTestServer.serveDemoSite(site); // the extension forgets stubs after each test
        WebClient browser = new WebClient(server.url());
        browser.login(WebTestServer.SAM, WebTestServer.SAM_PASSWORD);
        int before = site.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/demo-site/brainwave/feed.xml"))).size();
        HttpResponse<String> poll = browser.postForm("/feeds/poll", Map.of("_csrf", browser.csrfOf("/feeds"),
                "feed", "Brainwave Research News"));
        assertThat(poll.statusCode()).isEqualTo(303);
        dev.feedrafter.testing.Eventually.await("the poll to finish", java.time.Duration.ofSeconds(20),
                () -> browser.get("/feeds").body().contains("Polled from this page: ok; 0 new entries, 0 new drafts"));
        assertThat(site.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/demo-site/brainwave/feed.xml"))))
                .hasSize(before + 1);
        assertThat(browser.postForm("/feeds/poll", Map.of("_csrf", browser.csrfOf("/feeds"), "feed", "No such feed"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void exportWritesAnApprovedDraftToTheDraftsFolderAndMarksItExported() throws Exception {
        WebClient browser = new WebClient(server.url());
        browser.login(WebTestServer.SAM, WebTestServer.SAM_PASSWORD);
        String csrf = browser.csrfOf("/drafts/6");
        assertThat(browser.postForm("/drafts/6/export", Map.of("_csrf", csrf)).statusCode())
                .as("only approved drafts").isEqualTo(409);
        browser.postForm("/drafts/6/status", Map.of("_csrf", csrf, "status", "approved"));
        HttpResponse<String> export = browser.postForm("/drafts/6/export", Map.of("_csrf", csrf));
        assertThat(export.statusCode()).isEqualTo(303);
        var draft = server.db.read(s -> s.drafts().find(6)).orElseThrow();
        assertThat(draft.status().label()).isEqualTo("exported");
        Path file = server.config.drafts().dir().resolve(draft.meta().slug() + ".md");
        assertThat(java.nio.file.Files.readString(file)).contains("status: \"exported\"");
        HttpResponse<String> html = browser.get("/drafts/6/download?format=html");
        assertThat(html.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + draft.meta().slug() + ".html\"");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("feedrafter-front-matter");
    }

    @Test
    void wrongPasswordsAreThrottledPerNameAndAddress() {
        WebClient browser = new WebClient(server.url());
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(browser.getBasic("/api/drafts/1", "throttled", "guess" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = browser.getBasic("/api/drafts/1", "throttled", "guess");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.getBasic("/api/drafts/1", WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD).statusCode())
                .as("another name is not held up").isEqualTo(200);
    }
}
