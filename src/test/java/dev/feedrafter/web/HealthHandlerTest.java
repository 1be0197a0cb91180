package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.WebConfig;
import dev.feedrafter.schedule.Polling;
import dev.feedrafter.schedule.SchedulerNode;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /health} over HTTP, against real polling on the embedded store. */
class HealthHandlerTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private Database db;
    private Polling polling;
    private WebServer web;
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Serves the test clinic, whose one feed answers 503, or with no feeds at all. The 503 comes after a few
     * seconds, so that the first poll (due within the 1 s jitter) cannot fail before the first health check.
     */
    private void start(boolean withFeed) throws IOException {
        site.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(503).withFixedDelay(3000)));
        Path file = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        Files.writeString(file, Files.readString(file) + "schedule:\n  jitter: 1s\n");
        FeedrafterConfig config = new ConfigLoader().load(file);
        if (!withFeed) {
            config = config.withFeeds(List.of());
        }
        db = Database.open(config.store());
        polling = Polling.create(config, db, SchedulerNode.AUTO).start();
        WebConfig webConfig = new WebConfig("127.0.0.1", 0, List.of());
        web = WebServer.start(webConfig, new HealthHandler(db, polling), WebApp.create(webConfig, db, polling, false));
    }

    @AfterEach
    void stop() {
        web.close();
        polling.stop(Duration.ofSeconds(5));
        db.close();
    }

    private HttpResponse<String> health() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(web.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reportsOkThenAFailingFeedThenAStoppedScheduler() throws IOException {
        start(true);
        HttpResponse<String> ok = health();
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        assertThat(ok.body()).isEqualTo("{\"status\":\"ok\"}");

        Eventually.await("the feed's first poll to fail", Duration.ofSeconds(15),
                () -> health().body().contains("failing"));
        HttpResponse<String> degraded = health();
        assertThat(degraded.statusCode()).isEqualTo(200);
        assertThat(degraded.body()).isEqualTo("{\"status\":\"degraded\",\"reasons\":[\"1 feed failing: Neuroscience News\"]}");

        polling.stop(Duration.ofSeconds(5));
        HttpResponse<String> stopped = health();
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).startsWith("{\"status\":\"down\",\"reasons\":[\"scheduler stopped\"");
    }

    @Test
    void reportsAnUnreachableDatabaseAs503() throws IOException {
        start(false);
        db.close();
        HttpResponse<String> down = health();
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"down\",\"reasons\":[\"database unreachable\"]}");
    }
}
