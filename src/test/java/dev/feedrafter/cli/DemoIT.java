package dev.feedrafter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.FeedrafterProcess;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar feedrafter.jar serve --demo} as a newcomer runs it, with no feeds.yml and no internet: it
 * prints an account, fills the inbox from the sample site it serves itself, and the account logs in.
 */
class DemoIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDemoStartsFromTheJarAndItsPrintedAccountFindsDrafts() throws Exception {
        try (FeedrafterProcess demo = FeedrafterProcess.start(dir, "demo", "serve", "--demo")) {
            String health = demo.awaitHealthUrl(LIMIT);
            String base = health.substring(0, health.length() - "/health".length());
            Eventually.await("/health to answer", LIMIT, () -> {
                try {
                    return send(HttpRequest.newBuilder(URI.create(health)).build()).statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
            Matcher password = PASSWORD.matcher(demo.out());
            assertThat(password.find()).as(demo.out()).isTrue();
            assertThat(demo.out()).contains("user:     demo", "Feedrafter demo: open " + base + "/");

            String loginPage = send(HttpRequest.newBuilder(URI.create(base + "/login")).build()).body();
            Matcher csrf = CSRF.matcher(loginPage);
            assertThat(csrf.find()).isTrue();
            String form = "_csrf=" + csrf.group(1) + "&username=demo&password="
                    + URLEncoder.encode(password.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(303);

            JsonMapper json = JsonMapper.builder().build();
            Eventually.await("the sample drafts", LIMIT, () -> {
                try {
                    return json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/drafts")).build())
                            .body()).size() == 6;
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode drafts = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/drafts")).build()).body());
            assertThat(drafts).anySatisfy(d -> assertThat(d.get("sources")).hasSize(2));
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).build()).body()).contains("1–6 of 6 drafts");

            Matcher kept = Pattern.compile("Everything is kept in (\\S+)").matcher(demo.out());
            assertThat(kept.find()).isTrue();
            assertThat(Path.of(kept.group(1))).isDirectory();

            demo.terminate();
            assertThat(demo.waitForExit(LIMIT)).as(demo.err()).isZero();
            assertThat(demo.err()).doesNotContain("ERROR", "Exception");
            assertThat(Path.of(kept.group(1))).as("the demo removes its temporary store").doesNotExist();
        }
    }
}
