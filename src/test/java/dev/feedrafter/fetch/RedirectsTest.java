package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedirectsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final HttpFetcher fetcher = TestFetchConfig.local().fetcher();

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private void redirect(String from, int status, String to) {
        server.stubFor(get(urlPathEqualTo(from)).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
    }

    private void feedAt(String path) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("<rss/>")));
    }

    private FetchOutcome fetch(String path) {
        return fetcher.fetch(FetchRequest.feed(url(path), "\"v1\"", null));
    }

    @Test
    void permanentRedirectsGiveTheNewAddress() {
        redirect("/old", 301, "/newer");
        redirect("/newer", 308, url("/newest").toString());
        feedAt("/newest");
        assertThat(fetch("/old")).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(f.finalUrl()).isEqualTo(url("/newest"));
            assertThat(f.permanentUrl()).isEqualTo(url("/newest"));
        });
    }

    @Test
    void temporaryRedirectsAreFollowedButNotRemembered() {
        redirect("/302", 302, "/today");
        redirect("/307", 307, "/today");
        feedAt("/today");
        for (String path : new String[] {"/302", "/307"}) {
            assertThat(fetch(path)).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
                assertThat(f.finalUrl()).isEqualTo(url("/today"));
                assertThat(f.permanentUrl()).isNull();
            });
        }
    }

    @Test
    void onlyThePermanentStartOfAChainIsRemembered() {
        redirect("/moved", 301, "/current");
        redirect("/current", 302, "/this-week");
        feedAt("/this-week");
        assertThat(fetch("/moved")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.permanentUrl()).isEqualTo(url("/current")));
    }

    @Test
    void aLoopIsAClearError() {
        redirect("/a", 301, "/b");
        redirect("/b", 302, "/a");
        assertThat(fetch("/a")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.REDIRECTS);
            assertThat(f.reason()).isEqualTo("redirect loop: " + url("/a") + " → " + url("/b") + " → " + url("/a"));
        });
        server.verify(1, getRequestedFor(urlPathEqualTo("/a")));
    }

    @Test
    void fiveRedirectsAreFollowedAndTheSixthIsNot() {
        for (int i = 1; i <= 5; i++) {
            redirect("/hop" + i, 302, "/hop" + (i + 1));
        }
        feedAt("/hop6");
        feedAt("/hop7");
        assertThat(fetch("/hop1")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                f -> assertThat(f.finalUrl()).isEqualTo(url("/hop6")));
        redirect("/hop6", 302, "/hop7");
        assertThat(fetch("/hop1")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.REDIRECTS);
            assertThat(f.reason()).startsWith("more than 5 redirects: " + url("/hop1") + " → ")
                    .endsWith(" → " + url("/hop7"));
        });
        server.verify(0, getRequestedFor(urlPathEqualTo("/hop7")));
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        redirect("/ftp", 301, "ftp://files.example.test/feed.xml");
        assertThat(fetch("/ftp")).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.REDIRECTS);
            assertThat(f.reason()).contains("redirects to \"ftp://files.example.test/feed.xml\", which is not an http(s) URL");
        });
    }

    @Test
    void aRedirectWithoutLocationIsAnError() {
        server.stubFor(get(urlPathEqualTo("/nowhere")).willReturn(aResponse().withStatus(301)));
        assertThat(fetch("/nowhere")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("HTTP 301", "without a Location"));
    }
}
