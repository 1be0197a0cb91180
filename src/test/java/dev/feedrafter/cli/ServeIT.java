package dev.feedrafter.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.FeedrafterProcess;
import dev.feedrafter.testing.JarRun;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar feedrafter.jar serve} as a user runs it: polling on schedule, /health, and SIGTERM. */
class ServeIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    /** The test clinic with its feed on the given schedule, the web server on a free port. */
    private Path config(String feedSchedule, String scheduleSection) throws IOException {
        Path file = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        String text = Files.readString(file).replace("    url: " + site.baseUrl() + "/feed/\n",
                "    url: " + site.baseUrl() + "/feed/\n    " + feedSchedule + "\n");
        Files.writeString(file, text + "web:\n  port: 0\nschedule:\n" + scheduleSection);
        return file;
    }

    private static int requests(String path) {
        return site.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    private long draftFiles() throws IOException {
        Path drafts = dir.resolve("drafts");
        if (!Files.isDirectory(drafts)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(drafts)) {
            return files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pollsOnScheduleAnswersHealthAndStopsCleanlyOnSigterm() throws Exception {
        ResearchNewsSite.serve(site);
        Path config = config("cron: \"0/2 * * * * ?\"", "  jitter: 1s\n");
        try (FeedrafterProcess serve = FeedrafterProcess.start(dir, "serve", "--config", config.toString(), "serve")) {
            String health = serve.awaitHealthUrl(LIMIT);
            Eventually.await("two drafts written", LIMIT, () -> draftFilesUnchecked() == 2);
            Eventually.await("the feed polled again on its schedule", LIMIT, () -> requests("/feed/") >= 3);

            HttpResponse<String> response = fetch(health);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");

            JarRun meanwhile = JarRun.of(dir, "--config", config.toString(), "drafts", "list");
            assertThat(meanwhile.code()).isEqualTo(1);
            assertThat(meanwhile.err()).contains("another Feedrafter process is using it").doesNotContain("\tat ");

            serve.terminate();
            assertThat(serve.waitForExit(LIMIT)).as(serve.err()).isZero();
            assertThat(serve.err()).contains("is polling 1 feeds", "stopping: no new polls", "stopped")
                    .doesNotContain("Exception", "ERROR");
        }
        assertThat(requests(ResearchNewsSite.KETAMINE)).as("a page is fetched once, however often the feed is")
                .isEqualTo(1);
    }

    @Test
    void aPollCutShortByTheStopLimitIsFinishedAtTheNextStart() throws Exception {
        ResearchNewsSite.serve(site);
        for (String page : new String[] {ResearchNewsSite.KETAMINE, ResearchNewsSite.PTSD}) {
            site.stubFor(get(urlPathEqualTo(page)).willReturn(aResponse().withStatus(200).withFixedDelay(1500)
                    .withHeader("Content-Type", "text/html; charset=UTF-8")
                    .withBody(Fixtures.text(page.equals(ResearchNewsSite.KETAMINE) ? "pages/nn-ketamine-astrocytes.html"
                            : "pages/nn-ptsd-nightmares.html", site.baseUrl()))));
        }
        Path config = config("every: 1h", "  jitter: 1s\n  shutdown_grace: 1s\n");
        try (FeedrafterProcess serve = FeedrafterProcess.start(dir, "serve1", "--config", config.toString(), "serve")) {
            serve.awaitHealthUrl(LIMIT);
            // the first entry is stored once the poll asks for the second page
            Eventually.await("the poll to reach the second page", LIMIT, () -> requests(ResearchNewsSite.PTSD) == 1);
            serve.terminate();
            assertThat(serve.waitForExit(LIMIT)).as("exit 1: a poll was cut short").isEqualTo(1);
            assertThat(serve.err()).contains("1 polls still running after 1 s");
        }
        assertThat(draftFiles()).isEqualTo(1);

        try (FeedrafterProcess serve = FeedrafterProcess.start(dir, "serve2", "--config", config.toString(), "serve")) {
            serve.awaitHealthUrl(LIMIT);
            Eventually.await("the interrupted poll to be finished", LIMIT, () -> draftFilesUnchecked() == 2);
            Eventually.await("the poll to end", LIMIT, () -> requests(ResearchNewsSite.HONEYBEE) == 1);
            serve.terminate();
            assertThat(serve.waitForExit(LIMIT)).isZero();
            assertThat(serve.err()).contains("polling again, as a poll was cut short");
        }
        assertThat(requests(ResearchNewsSite.KETAMINE)).as("the stored entry is not fetched again").isEqualTo(1);
        assertThat(requests(ResearchNewsSite.PTSD)).isEqualTo(2);
    }

    private long draftFilesUnchecked() {
        try {
            return draftFiles();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
