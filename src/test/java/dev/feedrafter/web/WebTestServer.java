package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.pipeline.PollOptions;
import dev.feedrafter.pipeline.PollProgress;
import dev.feedrafter.schedule.Polling;
import dev.feedrafter.schedule.SchedulerNode;
import dev.feedrafter.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real web server on a free port, over the demo clinic whose sample site (from the jar's demo resources) is
 * served by WireMock, polled once so the inbox is full. Two editors: alex and sam. The scheduler is not started:
 * nothing polls behind a test's back.
 */
final class WebTestServer implements AutoCloseable {
    static final String ALEX = "alex";
    static final String ALEX_PASSWORD = "correct horse battery staple";
    static final String SAM = "sam";
    static final String SAM_PASSWORD = "Sam's pässword ✓";
    static final List<String> SITE = List.of("brainwave/feed.xml", "brainwave/ketamine-infusions-rumination.html",
            "brainwave/accelerated-tms-teen-sleep.html", "brainwave/psilocybin-fear-hub-mice.html",
            "brainwave/group-walks-resilience-job-loss.html", "brainwave/songbird-hidden-metronome.html",
            "brainwave/esketamine-older-adults-preprint.html", "digest/mind-brain.xml",
            "digest/ketamine-rumination-trial.html", "digest/esketamine-ptsd-veterans-pilot.html",
            "digest/magnetic-pulses-brain-organoids.html");

    final Path dir;
    final Path configFile;
    final FeedrafterConfig config;
    final Database db;
    final Polling polling;
    final WebServer web;

    private WebTestServer(Path dir, Path configFile, FeedrafterConfig config, Database db, Polling polling,
                          WebServer web) {
        this.dir = dir;
        this.configFile = configFile;
        this.config = config;
        this.db = db;
        this.polling = polling;
        this.web = web;
    }

    static WebTestServer start(WireMockExtension site, Path dir) throws IOException {
        serveDemoSite(site);
        String base = site.baseUrl() + "/demo-site";
        String text = resource("/demo/feeds.yml").replace("{{BASE}}", base).replace("{{PORT}}", "0")
                .replace("{{DIR}}", dir.toString())
                .replace("password_hash: \"{{PASSWORD_HASH}}\"\n", "password_hash: \"{{PASSWORD_HASH}}\"\n"
                        + "    - name: sam\n      password_hash: \"" + Passwords.hash(SAM_PASSWORD.toCharArray()) + "\"\n")
                .replace("{{PASSWORD_HASH}}", Passwords.hash(ALEX_PASSWORD.toCharArray()))
                .replace("name: demo\n", "name: alex\n");
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FeedrafterConfig config = new ConfigLoader().load(file);
        Database db = Database.open(config.store());
        Polling polling = Polling.create(config, db, SchedulerNode.AUTO);
        polling.pipeline().pollAll(config.feeds(), PollOptions.NOW, PollProgress.NONE);
        WebServer web = WebServer.start(config.web(), new HealthHandler(db, polling),
                WebApp.create(config.web(), db, polling, false));
        return new WebTestServer(dir, file, config, db, polling, web);
    }

    /** The sample site under {@code /demo-site/} of the mock server, as {@code serve --demo} serves it. */
    static void serveDemoSite(WireMockExtension site) {
        for (String path : SITE) {
            String type = path.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
            site.stubFor(get(urlPathEqualTo("/demo-site/" + path)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", type)
                    .withBody(resource("/demo/site/" + path).replace("{{BASE}}", site.baseUrl() + "/demo-site"))));
        }
    }

    String url() {
        return web.url();
    }

    static String resource(String path) {
        try (InputStream in = WebTestServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        web.close();
        polling.stop(java.time.Duration.ofSeconds(5));
        db.close();
    }
}
