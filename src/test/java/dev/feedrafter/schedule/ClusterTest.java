package dev.feedrafter.schedule;

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
import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.EmbeddedPostgres;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.Fixtures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two scheduler nodes, each with its own connection pool, sharing one real PostgreSQL as Quartz's clustered job
 * store (in one JVM; {@code ClusterFailoverIT} runs nodes as separate processes).
 */
class ClusterTest {
    private static final int FEEDS = 10;
    private static final int FIRINGS = 200;
    private static final String EMPTY_FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Quiet research news</title><link>https://quiet.example/</link>
            <description>No new studies today</description></channel></rss>
            """;

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void twoNodesShareTheFiringsAndNoFiringRunsTwice() throws Exception {
        site.stubFor(get(urlPathMatching("/quiet/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withBody(EMPTY_FEED)));
        List<FeedSource> feeds = IntStream.rangeClosed(1, FEEDS).mapToObj(i -> new FeedSource("Feed " + i,
                URI.create(site.baseUrl() + "/quiet/" + i + "/"), Schedule.every(Duration.ofMillis(250)), false, 14,
                List.of())).toList();
        Path file = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        Files.writeString(file, Files.readString(file)
                + "schedule:\n  threads: 3\n  jitter: 1s\n  cluster_checkin_interval: 1s\n");
        StoreConfig store = new StoreConfig(EmbeddedPostgres.newDatabase("cluster"), null, null, true);
        FeedrafterConfig config = new ConfigLoader().load(file).withStore(store).withFeeds(feeds);

        List<FiringLog> logs = new ArrayList<>();
        List<Database> pools = new ArrayList<>();
        List<Polling> nodes = new ArrayList<>();
        try {
            for (String name : List.of("node-a", "node-b")) {
                Database db = Database.open(store);
                pools.add(db);
                Polling node = Polling.create(config, db, new SchedulerNode(name, Duration.ofMinutes(1)));
                nodes.add(node);
                logs.add(FiringLog.watch(node.scheduler(), new FiringLog()));
            }
            nodes.forEach(Polling::start);
            Eventually.await(FIRINGS + " firings", Duration.ofSeconds(60),
                    () -> logs.stream().mapToInt(l -> l.firings().size()).sum() >= FIRINGS);
        } finally {
            nodes.forEach(n -> n.stop(Duration.ofSeconds(10)));
            pools.forEach(Database::close);
        }

        List<FiringLog.Firing> all = logs.stream().flatMap(l -> l.firings().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(FIRINGS);
        assertThat(all.stream().map(f -> f.feed() + " @ " + f.scheduledAt()).distinct().count())
                .as("each firing ran once").isEqualTo(all.size());
        assertThat(all.stream().map(FiringLog.Firing::node).distinct()).as("both nodes polled")
                .containsExactlyInAnyOrder("node-a", "node-b");
        Map<String, List<FiringLog.Firing>> byFeed = all.stream().collect(Collectors.groupingBy(FiringLog.Firing::feed));
        for (List<FiringLog.Firing> firings : byFeed.values()) {
            List<FiringLog.Firing> inOrder = firings.stream().sorted(Comparator.comparing(FiringLog.Firing::started))
                    .toList();
            for (int i = 1; i < inOrder.size(); i++) {
                assertThat(inOrder.get(i).started()).as("one poll of a feed at a time, cluster-wide")
                        .isAfterOrEqualTo(inOrder.get(i - 1).ended());
            }
        }
        int requests = IntStream.rangeClosed(1, FEEDS)
                .map(i -> site.findAll(getRequestedFor(urlPathEqualTo("/quiet/" + i + "/"))).size()).sum();
        assertThat(requests).as("each firing polled its feed once").isEqualTo(all.size());
    }
}
