package dev.feedrafter.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.GeneratedFeed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A poll of 200 feeds of which 20 misbehave in 20 different ways completes, and only those 20 record errors. */
class ManyFeedsPollTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path dir;

    private static ResponseDefinitionBuilder status(int code) {
        return aResponse().withStatus(code);
    }

    /** The misbehaving feeds, by the path they are served at. */
    private Map<String, ResponseDefinitionBuilder> misbehaving() throws IOException {
        Map<String, ResponseDefinitionBuilder> bad = new LinkedHashMap<>();
        bad.put("/bad/not-found.xml", status(404));
        bad.put("/bad/gone.xml", status(410));
        bad.put("/bad/server-error.xml", status(500));
        bad.put("/bad/unavailable.xml", status(503).withHeader("Retry-After", "3600"));
        bad.put("/bad/rate-limited.xml", status(429).withHeader("Retry-After", "Thu, 26 Nov 2026 15:30:00 GMT"));
        bad.put("/bad/login.xml", status(401));
        bad.put("/bad/bot-wall.xml", status(403).withHeader("cf-mitigated", "challenge")
                .withBody("<html><title>Just a moment...</title></html>"));
        bad.put("/bad/slow.xml", status(200).withFixedDelay(4000).withBody("<rss/>"));
        bad.put("/bad/reset.xml", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        bad.put("/bad/empty-response.xml", aResponse().withFault(Fault.EMPTY_RESPONSE));
        bad.put("/bad/malformed-chunk.xml", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        bad.put("/bad/loop.xml", status(301).withHeader("Location", "/bad/loop.xml?again"));
        bad.put("/bad/html.xml", status(200).withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"));
        bad.put("/bad/login-page-as-rss.xml", status(200).withHeader("Content-Type", "application/rss+xml")
                .withBody("<html><head><title>Sign in</title></head><body>Please sign in</body></html>"));
        bad.put("/bad/empty-body.xml", status(200).withHeader("Content-Type", "application/rss+xml"));
        bad.put("/bad/bomb.xml", status(200).withHeader("Content-Encoding", "gzip").withBody(gzip(new byte[4 << 20])));
        bad.put("/bad/short-body.xml", status(200).withHeader("Content-Length", "90000")
                .withBody("<rss version=\"2.0\"><channel>"));
        bad.put("/bad/ftp-redirect.xml", status(302).withHeader("Location", "ftp://files.example.test/feed.xml"));
        bad.put("/bad/image.xml", status(200).withHeader("Content-Type", "application/xml")
                .withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        bad.put("/bad/no-content.xml", status(204));
        return bad;
    }

    @Test
    void twoHundredFeedsOfWhichTwentyMisbehave() throws IOException {
        String yaml = Fixtures.text("config/clinic.yml", site.baseUrl()).replace("{{DIR}}", dir.toString())
                .replace("fetch:\n", "fetch:\n  timeout: 1s\n  max_bytes: 1048576\n");
        FeedrafterConfig config = new ConfigLoader().parse("feeds.yml", yaml, dir);
        Map<String, ResponseDefinitionBuilder> bad = misbehaving();
        assertThat(bad).hasSize(20);
        bad.forEach((path, response) -> site.stubFor(get(urlPathEqualTo(path)).willReturn(response)));

        List<FeedSource> feeds = new ArrayList<>();
        List<String> badPaths = new ArrayList<>(bad.keySet());
        for (int i = 1; i <= 200; i++) {
            String name = String.format("Feed %03d", i);
            String path;
            if (i % 10 == 0) {
                path = badPaths.get(i / 10 - 1);
            } else {
                path = String.format("/feeds/%03d.xml", i);
                site.stubFor(get(urlPathEqualTo(path)).willReturn(status(200)
                        .withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                        .withBody(GeneratedFeed.rss(name, site.baseUrl() + "/" + i, 1, 0, "honeybee navigation"))));
            }
            feeds.add(new FeedSource(name, URI.create(site.baseUrl() + path), Schedule.every(Duration.ofMinutes(30)),
                    false, 3650, List.of()));
        }

        try (Database db = Database.open(config.store())) {
            List<FeedPollResult> results = new Pipeline(config, db).pollAll(feeds, PollOptions.NOW, PollProgress.NONE);

            assertThat(results).hasSize(200);
            Set<String> failedFeeds = results.stream().filter(FeedPollResult::failed).map(FeedPollResult::feed)
                    .collect(Collectors.toSet());
            Set<String> expectedFailures = feeds.stream().filter(f -> f.url().getPath().startsWith("/bad/"))
                    .map(FeedSource::name).collect(Collectors.toSet());
            assertThat(failedFeeds).isEqualTo(expectedFailures);
            assertThat(results).filteredOn(r -> !r.failed()).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(FeedPollResult.Status.OK);
                assertThat(r.newEntries()).isEqualTo(1);
            });

            List<FeedState> states = db.read(s -> s.feeds().all());
            assertThat(states).hasSize(200);
            assertThat(states).filteredOn(s -> s.lastError() != null).extracting(FeedState::name)
                    .containsExactlyInAnyOrderElementsOf(expectedFailures);
            assertThat(states).filteredOn(s -> expectedFailures.contains(s.name())).allSatisfy(s -> {
                assertThat(s.failuresInRow()).isEqualTo(1);
                assertThat(s.lastSuccessAt()).isNull();
                assertThat(s.nextAttemptAt()).isNotNull();
            });
            assertThat(states).filteredOn(s -> !expectedFailures.contains(s.name())).allSatisfy(s -> {
                assertThat(s.failuresInRow()).isZero();
                assertThat(s.lastSuccessAt()).isNotNull();
            });
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
