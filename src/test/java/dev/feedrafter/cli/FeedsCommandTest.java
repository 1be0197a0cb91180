package dev.feedrafter.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code feeds list} shows what polling learned: health, next attempt, ETag, a permanent move, a disabled feed. */
class FeedsCommandTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path dir;

    @Test
    void listsHealthMovesAndDisabledFeeds() throws Exception {
        ResearchNewsSite.serve(site);
        site.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8").withHeader("ETag", "\"nn-1\"")
                .withBody(Fixtures.text("feeds/wordpress-research-news.xml", site.baseUrl()))));
        site.stubFor(get(urlPathEqualTo("/old/feed/")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", site.baseUrl() + "/feed/")));
        site.stubFor(get(urlPathEqualTo("/retired/")).willReturn(aResponse().withStatus(410)));
        site.stubFor(get(urlPathEqualTo("/unstable/")).willReturn(aResponse().withStatus(502)));
        Path config = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        Files.writeString(config, Files.readString(config).replace("feeds:\n", "feeds:\n"
                + "  - name: Moved\n    url: " + site.baseUrl() + "/old/feed/\n"
                + "  - name: Retired\n    url: " + site.baseUrl() + "/retired/\n"
                + "  - name: Unstable\n    url: " + site.baseUrl() + "/unstable/\n"
                + "  - name: Never polled\n    url: " + site.baseUrl() + "/later/\n"), StandardCharsets.UTF_8);
        String c = config.toString();
        for (int i = 0; i < 3; i++) {
            CliRun.of("--config", c, "poll", "--feed", "Neuroscience News", "--feed", "Moved", "--feed", "Retired",
                    "--feed", "Unstable");
        }

        CliRun table = CliRun.of("--config", c, "feeds", "list");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out())
                .containsPattern("feed\\s+status\\s+last success\\s+failures\\s+next attempt\\s+next fire\\s+etag\\s+last error")
                .containsPattern("Neuroscience News\\s+ok\\s+20\\d\\d-\\S+\\s+0\\s+20\\d\\d-\\S+\\s+-\\s+yes\\s+-")
                .containsPattern("Retired\\s+disabled\\s+-\\s+3\\s+-\\s+-\\s+no\\s+HTTP 410 Gone")
                .containsPattern("Unstable\\s+failing\\s+-\\s+3\\s+20\\d\\d-\\S+\\s+-\\s+no\\s+HTTP 502")
                .containsPattern("Never polled\\s+new\\s+-\\s+0\\s+-\\s+-\\s+no\\s+-")
                .contains("Moved moved permanently: " + site.baseUrl() + "/old/feed/ → " + site.baseUrl() + "/feed/")
                .contains("Retired is disabled: HTTP 410 Gone 3 times in a row; change the feed's url in feeds.yml");

        JsonNode feeds = new ObjectMapper().readTree(CliRun.of("--config", c, "feeds", "list", "--json").out());
        JsonNode moved = byName(feeds, "Moved");
        assertThat(moved.get("url").asText()).isEqualTo(site.baseUrl() + "/feed/");
        assertThat(moved.get("configured_url").asText()).isEqualTo(site.baseUrl() + "/old/feed/");
        assertThat(moved.get("moved").asBoolean()).isTrue();
        assertThat(moved.get("etag").asText()).isEqualTo("\"nn-1\"");
        JsonNode retired = byName(feeds, "Retired");
        assertThat(retired.get("disabled").asBoolean()).isTrue();
        assertThat(retired.get("status").asText()).isEqualTo("disabled");
        assertThat(retired.get("failures_in_row").asInt()).isEqualTo(3);
        assertThat(retired.get("next_poll_at").isNull()).isTrue();
        JsonNode unstable = byName(feeds, "Unstable");
        assertThat(unstable.get("last_error").asText()).startsWith("HTTP 502");
        assertThat(unstable.get("next_poll_at").asText()).isNotEmpty();
        assertThat(unstable.get("last_success_at").isNull()).isTrue();

        // the way out of a disabled or moved feed is a new url in feeds.yml: the list shows the feed as it now is
        Files.writeString(config, Files.readString(config).replace("/retired/", "/revived/")
                .replace("/old/feed/", "/feed/"), StandardCharsets.UTF_8);
        CliRun edited = CliRun.of("--config", c, "feeds", "list");
        assertThat(edited.out()).containsPattern("Retired\\s+new\\s+-\\s+0\\s+-\\s+-\\s+no\\s+-")
                .doesNotContain("is disabled", "moved permanently");
        JsonNode revived = byName(new ObjectMapper().readTree(CliRun.of("--config", c, "feeds", "list", "--json")
                .out()), "Retired");
        assertThat(revived.get("url").asText()).isEqualTo(site.baseUrl() + "/revived/");
        assertThat(revived.get("disabled").asBoolean()).isFalse();
    }

    private static JsonNode byName(JsonNode feeds, String name) {
        for (JsonNode feed : feeds) {
            if (feed.get("name").asText().equals(name)) {
                return feed;
            }
        }
        throw new AssertionError("no feed " + name + " in " + feeds);
    }
}
