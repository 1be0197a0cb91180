package dev.feedrafter.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.store.Database;
import dev.feedrafter.testing.Fixtures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A reload of feeds.yml keeps what the fetcher learned of each site while the fetch settings stay the same. */
class LiveConfigTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void closeStore() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aReloadKeepsTheRobotsTxtCacheAndHostLimitsUnlessFetchSettingsChange() throws Exception {
        site.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /private/\n")));
        site.stubFor(get(urlPathEqualTo("/a")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><title>A</title><p>a</p></html>")));
        Path file = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        FeedrafterConfig config = new ConfigLoader().load(file);
        db = Database.open(config.store());
        LiveConfig live = new LiveConfig(config, db);
        live.current().pipeline().importUrl().importArticle(URI.create(site.baseUrl() + "/a"), false);

        // an edit of something else (here the topics) is reloaded; the site's robots.txt is still known
        Files.writeString(file, Files.readString(file).replace("exclude: [veterinary]",
                "exclude: [veterinary, livestock]"));
        live.apply(new ConfigLoader().load(file));
        live.current().pipeline().importUrl().importArticle(URI.create(site.baseUrl() + "/private/b"), false);
        assertThat(site.findAll(getRequestedFor(urlPathEqualTo("/robots.txt")))).hasSize(1);
        assertThat(site.findAll(getRequestedFor(urlPathEqualTo("/private/b")))).isEmpty();

        // new fetch settings make a new fetcher, which reads robots.txt again
        Files.writeString(file, Files.readString(file).replace("per_host_delay: 0s", "per_host_delay: 1ms"));
        live.apply(new ConfigLoader().load(file));
        live.current().pipeline().importUrl().importArticle(URI.create(site.baseUrl() + "/private/c"), false);
        assertThat(site.findAll(getRequestedFor(urlPathEqualTo("/robots.txt")))).hasSize(2);
    }
}
