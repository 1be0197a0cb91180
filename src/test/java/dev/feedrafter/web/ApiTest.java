package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.CliRun;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP: the CLI's JSON shapes, Basic auth and the session cookie, and its error codes. */
class ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static WebTestServer server;
    private static WebClient api;

    @BeforeAll
    static void start() throws Exception {
        server = WebTestServer.start(site, dir);
        api = new WebClient(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) {
        return api.getBasic(path, WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        return api.json(method, path, json, "Authorization",
                WebClient.basic(WebTestServer.SAM, WebTestServer.SAM_PASSWORD));
    }

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static String cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = server.configFile.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void listAndShowPrintExactlyWhatTheCommandLinePrints() throws Exception {
        HttpResponse<String> list = get("/api/drafts");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(tree(list.body())).isEqualTo(tree(cli("drafts", "list", "--json")));
        assertThat(tree(list.body()).size()).as("one study reported by both feeds is one draft").isEqualTo(6);
        assertThat(tree(get("/api/drafts?sort=relevance&status=new").body()))
                .isEqualTo(tree(cli("drafts", "list", "--json", "--sort", "relevance", "--status", "new")));
        assertThat(tree(get("/api/drafts/3").body())).isEqualTo(tree(cli("drafts", "show", "3", "--format", "json")));
    }

    @Test
    void listAndShowAreByteForByteWhatTheCommandLinePrints() {
        // an agency diffs or hashes the API's answer against `drafts … --json`: the same text, not just the same tree
        assertThat(get("/api/drafts").body()).isEqualTo(cli("drafts", "list", "--json"));
        assertThat(get("/api/drafts?status=new&sort=relevance").body())
                .isEqualTo(cli("drafts", "list", "--json", "--status", "new", "--sort", "relevance"));
        assertThat(get("/api/drafts/2").body()).isEqualTo(cli("drafts", "show", "2", "--format", "json"));
    }

    @Test
    void theBareApiPathAnswersAJson404NotAPage() throws Exception {
        for (String path : new String[] {"/api", "/api/"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(tree(r.body()).get("error").asText()).as(path).startsWith("no API route GET /api");
        }
    }

    @Test
    void listFiltersBySearchServiceTopicAndFeed() throws Exception {
        JsonNode ketamine = tree(get("/api/drafts?q=rumination%20ketamine").body());
        assertThat(ketamine).hasSize(1);
        assertThat(ketamine.get(0).get("sources")).hasSize(2);
        JsonNode tms = tree(get("/api/drafts?service=TMS%20therapy").body());
        assertThat(tms).hasSize(2).allSatisfy(d -> assertThat(d.get("services").toString()).contains("TMS therapy"));
        assertThat(tree(get("/api/drafts?topic=PTSD").body())).allSatisfy(d -> assertThat(d.get("topics").toString())
                .contains("PTSD"));
        JsonNode digest = tree(get("/api/drafts?feed=Daily%20Science%20Digest%20%E2%80%94%20Mind%20%26%20Brain").body());
        assertThat(digest).hasSize(3);
        assertThat(tree(get("/api/drafts?q=100%25").body())).as("LIKE wildcards are plain text").isEmpty();
        HttpResponse<String> badStatus = get("/api/drafts?status=done");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(tree(badStatus.body()).get("error").asText()).startsWith("unknown status \"done\"");
        assertThat(get("/api/drafts?sort=size").statusCode()).isEqualTo(400);
    }

    @Test
    void statusMovesFollowTheWorkflowWithClearErrors() throws Exception {
        HttpResponse<String> picked = send("POST", "/api/drafts/4/status", "{\"status\":\"picked\"}");
        assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
        assertThat(tree(picked.body()).get("status").asText()).isEqualTo("picked");
        assertThat(tree(picked.body()).get("editor").asText()).as("the logged-in editor by default").isEqualTo("sam");
        HttpResponse<String> approved = send("POST", "/api/drafts/4/status", "{\"status\":\"approved\",\"editor\":\"alex\"}");
        assertThat(tree(approved.body()).get("editor").asText()).isEqualTo("alex");

        HttpResponse<String> conflict = send("POST", "/api/drafts/4/status", "{\"status\":\"picked\"}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(tree(conflict.body()).get("error").asText()).isEqualTo("draft 4 is approved and cannot become picked");

        HttpResponse<String> rejected = send("POST", "/api/drafts/5/status", "{\"status\":\"rejected\",\"reason\":\"Mouse study only\"}");
        assertThat(tree(rejected.body()).get("reject_reason").asText()).isEqualTo("Mouse study only");

        assertThat(send("POST", "/api/drafts/6/status", "{\"status\":\"exported\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/drafts/6/status", "{\"status\":7}").statusCode()).isEqualTo(400);
        HttpResponse<String> badJson = send("POST", "/api/drafts/6/status", "{status: picked");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(tree(badJson.body()).get("error").asText()).startsWith("the request body is not valid JSON");
        HttpResponse<String> missing = send("POST", "/api/drafts/999/status", "{\"status\":\"picked\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"no draft with id 999\"}");
        assertThat(get("/api/drafts/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyEditBasedOnAStaleVersionIsRefusedWith409AndStoresNothing() throws Exception {
        HttpResponse<String> saved = send("PUT", "/api/drafts/6/body", "{\"body_markdown\":\"# First edit\\n\\nText.\",\"version\":1}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(tree(saved.body()).get("version").asInt()).isEqualTo(2);
        assertThat(tree(saved.body()).get("body_markdown").asText()).isEqualTo("# First edit\n\nText.");

        HttpResponse<String> stale = send("PUT", "/api/drafts/6/body", "{\"body_markdown\":\"Other edit\",\"version\":1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(tree(stale.body()).get("current_version").asInt()).isEqualTo(2);
        assertThat(tree(stale.body()).get("error").asText()).contains("was changed by someone else");
        assertThat(tree(get("/api/drafts/6").body()).get("body_markdown").asText()).isEqualTo("# First edit\n\nText.");

        assertThat(send("PUT", "/api/drafts/6/body", "{\"body_markdown\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/drafts/6/body", "{\"version\":2}").statusCode()).isEqualTo(400);
        HttpResponse<String> textVersion = send("PUT", "/api/drafts/6/body", "{\"body_markdown\":\"x\",\"version\":\"2\"}");
        assertThat(textVersion.statusCode()).isEqualTo(400);
        assertThat(tree(textVersion.body()).get("error").asText()).as("it was sent, just not as a number")
                .isEqualTo("\"version\" must be a whole number, found \"2\"");
        assertThat(send("PUT", "/api/drafts/999/body", "{\"body_markdown\":\"x\",\"version\":1}").statusCode()).isEqualTo(404);
    }

    @Test
    void anEmptyBodyAndAnEditOfARejectedDraftAreRefusedAndStoreNothing() throws Exception {
        HttpResponse<String> empty = send("PUT", "/api/drafts/5/body", "{\"body_markdown\":\"  \\n\",\"version\":1}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(tree(empty.body()).get("error").asText()).contains("is empty; to drop a draft, reject it");

        assertThat(send("POST", "/api/drafts/5/status", "{\"status\":\"rejected\",\"reason\":\"Mouse study only\"}")
                .statusCode()).isEqualTo(200);
        int version = tree(get("/api/drafts/5").body()).get("version").asInt();
        HttpResponse<String> rejected = send("PUT", "/api/drafts/5/body", "{\"body_markdown\":\"New text\",\"version\":"
                + version + "}");
        assertThat(rejected.statusCode()).isEqualTo(409);
        assertThat(tree(rejected.body()).get("error").asText()).isEqualTo("draft 5 is rejected and cannot be edited");
        assertThat(tree(get("/api/drafts/5").body()).get("version").asInt()).isEqualTo(version);
    }

    @Test
    void withTheSessionCookieChangesNeedTheCsrfHeader() throws Exception {
        WebClient browser = new WebClient(server.url());
        browser.login(WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD);
        assertThat(browser.get("/api/drafts/2").statusCode()).as("reading needs no token").isEqualTo(200);
        HttpResponse<String> noToken = browser.json("POST", "/api/drafts/2/status", "{\"status\":\"picked\"}");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(tree(noToken.body()).get("error").asText()).contains("X-CSRF-Token");
        String csrf = browser.csrfOf("/");
        HttpResponse<String> withToken = browser.json("POST", "/api/drafts/2/status", "{\"status\":\"picked\"}",
                "X-CSRF-Token", csrf);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(tree(withToken.body()).get("editor").asText()).isEqualTo("alex");
    }

    @Test
    void unknownRoutesAndMethodsAnswerJsonErrorsToo() throws Exception {
        for (HttpResponse<String> r : java.util.List.of(send("DELETE", "/api/drafts/1", "{}"), get("/api/nope"),
                send("POST", "/api/drafts", "{}"), send("PUT", "/api/drafts/1/status", "{}"))) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isIn(404, 405);
            assertThat(r.headers().firstValue("Content-Type")).as(r.uri().toString())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(tree(r.body()).get("error").asText()).as(r.body()).contains(r.uri().getPath());
        }
        assertThat(tree(get("/api/nope").body()).get("error").asText()).isEqualTo("no API route GET /api/nope");
        HttpResponse<String> wrongMethod = send("DELETE", "/api/drafts/1", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
        assertThat(tree(wrongMethod.body()).get("error").asText())
                .isEqualTo("DELETE is not allowed on /api/drafts/1; use GET");
    }

    @Test
    void aBodyEditKeepsTheAssigneeAndTheHistoryRecordsWhoSaved() throws Exception {
        HttpResponse<String> picked = send("POST", "/api/drafts/2/status", "{\"status\":\"picked\"}");
        assertThat(tree(picked.body()).get("editor").asText()).isEqualTo("sam");
        int version = tree(picked.body()).get("version").asInt();
        HttpResponse<String> edited = api.json("PUT", "/api/drafts/2/body", "{\"body_markdown\":\"# Alex's edit\\n\",\"version\":"
                + version + "}", "Authorization", WebClient.basic(WebTestServer.ALEX, WebTestServer.ALEX_PASSWORD));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(tree(edited.body()).get("editor").asText()).as("still assigned to sam").isEqualTo("sam");
        assertThat(tree(edited.body()).get("status").asText()).isEqualTo("picked");
        String savedBy = server.db.read(s -> s.drafts().savedBy(2, version + 1)).orElseThrow();
        assertThat(savedBy).isEqualTo("alex");
    }

    @Test
    void anEditorNotInWebEditorsIsRefused() throws Exception {
        HttpResponse<String> stranger = send("POST", "/api/drafts/3/status", "{\"status\":\"picked\",\"editor\":\"bob\"}");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(tree(stranger.body()).get("error").asText())
                .isEqualTo("unknown editor \"bob\": web.editors in feeds.yml lists alex, sam");
        assertThat(tree(get("/api/drafts/3").body()).get("status").asText()).as("nothing moved").isEqualTo("new");
        HttpResponse<String> otherCase = send("POST", "/api/drafts/3/status", "{\"status\":\"picked\",\"editor\":\"ALEX\"}");
        assertThat(tree(otherCase.body()).get("editor").asText()).as("the configured spelling").isEqualTo("alex");
    }
}
