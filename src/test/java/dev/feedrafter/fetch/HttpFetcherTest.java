package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.FetchConfig;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFetcherTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static FetchConfig config(boolean allowPrivate, long maxBytes) {
        return new FetchConfig("Feedrafter/test (+https://example-clinic.test/contact)", allowPrivate,
                Duration.ofSeconds(2), Duration.ofSeconds(2), maxBytes);
    }

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Test
    void sendsTheUserAgentAndConditionalHeadersAndReadsA304() {
        server.stubFor(get(urlPathEqualTo("/feed")).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
        FetchOutcome outcome = new HttpFetcher(config(true, 1000)).fetch(FetchRequest.feed(url("/feed"), "\"v1\"", null));
        assertThat(outcome).isInstanceOf(FetchOutcome.NotModified.class);
        server.verify(getRequestedFor(urlPathEqualTo("/feed"))
                .withHeader("User-Agent", equalTo("Feedrafter/test (+https://example-clinic.test/contact)")));
    }

    @Test
    void anErrorStatusIsAValueNotAnException() {
        server.stubFor(get(urlPathEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        FetchOutcome outcome = new HttpFetcher(config(true, 1000)).fetch(FetchRequest.page(url("/missing")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> assertThat(f.status()).isEqualTo(404));
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
        FetchOutcome outcome = new HttpFetcher(config(false, 1000)).fetch(FetchRequest.page(url("/x")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("non-public address 127.0.0.1"));
        server.verify(0, getRequestedFor(urlPathEqualTo("/x")));
    }

    @Test
    void stopsReadingAtTheSizeLimit() {
        server.stubFor(get(urlPathEqualTo("/big")).willReturn(aResponse().withStatus(200).withBody("x".repeat(5000))));
        FetchOutcome outcome = new HttpFetcher(config(true, 1000)).fetch(FetchRequest.page(url("/big")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("larger than the limit"));
    }
}
