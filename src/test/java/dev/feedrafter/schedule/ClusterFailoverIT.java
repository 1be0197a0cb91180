package dev.feedrafter.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.EmbeddedPostgres;
import dev.feedrafter.testing.Eventually;
import dev.feedrafter.testing.FeedrafterProcess;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes on one PostgreSQL with {@code store.cluster: true}. The one polling is killed
 * (SIGKILL, as in a crash) after storing the feed's first entry; the other must take the poll over within the
 * check-in interval (plus the 7.5 s grace Quartz adds before it declares a node dead) and finish it, with no
 * entry lost or stored twice.
 */
class ClusterFailoverIT {
    private static final Duration CHECKIN = Duration.ofSeconds(1);
    /** Quartz declares a node failed once its check-in is overdue by the interval plus this fixed grace. */
    private static final Duration QUARTZ_GRACE = Duration.ofMillis(7500);
    private static final Duration SLACK = Duration.ofSeconds(5);
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Pattern NODE = Pattern.compile("cluster node (\\S+)\\)");

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private String url;

    private static int requests(String path) {
        return site.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void anotherNodeFinishesThePollOfANodeThatDied() throws Exception {
        ResearchNewsSite.serve(site);
        for (String page : List.of(ResearchNewsSite.KETAMINE, ResearchNewsSite.PTSD, ResearchNewsSite.HONEYBEE)) {
            String fixture = page.equals(ResearchNewsSite.KETAMINE) ? "pages/nn-ketamine-astrocytes.html"
                    : page.equals(ResearchNewsSite.PTSD) ? "pages/nn-ptsd-nightmares.html" : "pages/nn-honeybee-navigation.html";
            site.stubFor(get(urlPathEqualTo(page)).willReturn(aResponse().withStatus(200).withFixedDelay(1500)
                    .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(Fixtures.text(fixture, site.baseUrl()))));
        }
        url = EmbeddedPostgres.newDatabase("failover");
        Path config = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        String text = Files.readString(config).replace("  url: jdbc:h2:file:" + dir + "/data/feedrafter\n",
                "  url: \"" + url + "\"\n  cluster: true\n");
        Files.writeString(config, text + "web:\n  port: 0\nschedule:\n  jitter: 1s\n  cluster_checkin_interval: "
                + CHECKIN.toSeconds() + "s\n");

        Map<String, FeedrafterProcess> nodes = new HashMap<>();
        try (FeedrafterProcess a = FeedrafterProcess.start(dir, "node-a", "--config", config.toString(), "serve");
             FeedrafterProcess b = FeedrafterProcess.start(dir, "node-b", "--config", config.toString(), "serve")) {
            for (FeedrafterProcess node : List.of(a, b)) {
                node.awaitHealthUrl(LIMIT);
                Matcher m = NODE.matcher(node.err());
                assertThat(m.find()).as(node.err()).isTrue();
                nodes.put(m.group(1), node);
            }
            Eventually.await("the poll to store its first entry", LIMIT, () -> requests(ResearchNewsSite.PTSD) == 1);
            assertThat(count("SELECT COUNT(*) FROM entries")).isEqualTo(1);
            String polling = executingNode().orElseThrow();
            FeedrafterProcess dying = nodes.get(polling);
            FeedrafterProcess survivor = dying == a ? b : a;

            dying.kill();
            Instant killed = Instant.now();
            dying.waitForExit(LIMIT);
            Eventually.await("another node to take the poll over", LIMIT,
                    () -> executingNode().filter(node -> !node.equals(polling)).isPresent());
            Duration takeover = Duration.between(killed, Instant.now());
            assertThat(takeover).isLessThan(CHECKIN.plus(QUARTZ_GRACE).plus(SLACK));

            Eventually.await("the poll to be finished", LIMIT, () -> requests(ResearchNewsSite.HONEYBEE) == 1
                    && executingNode().isEmpty());
            assertThat(survivor.isAlive()).isTrue();
            survivor.terminate();
            assertThat(survivor.waitForExit(LIMIT)).as(survivor.err()).isZero();
            assertThat(survivor.err()).contains("polling again, as a poll was cut short");
        }
        assertThat(count("SELECT COUNT(*) FROM entries")).as("every entry once").isEqualTo(3);
        assertThat(count("SELECT COUNT(DISTINCT key_hash) FROM entries")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM drafts")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM story_sources")).isEqualTo(count("SELECT COUNT(DISTINCT url) FROM story_sources"))
                .isEqualTo(2);
        assertThat(requests(ResearchNewsSite.KETAMINE)).as("the entry stored before the crash is not fetched again")
                .isEqualTo(1);
    }

    /** The node running a poll now, from Quartz's own record of fired triggers. */
    private Optional<String> executingNode() {
        return query("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING'", rs -> rs.next()
                ? Optional.of(rs.getString(1)) : Optional.empty());
    }

    private long count(String sql) {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> rows) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rows.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
