package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Status codes, headers, faults, timeouts and conditional GET, each against a WireMock server. */
class HttpFetcherTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Without the mock server's gzip layer, which would hold a dribbled body back and send it at once. */
    @RegisterExtension
    static WireMockExtension plain = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final HttpFetcher fetcher = new HttpFetcher(TestFetchConfig.local().build(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private FetchOutcome.Failed failed(String path) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url(path), null, null));
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        return (FetchOutcome.Failed) outcome;
    }

    @Test
    void sendsTheUserAgentAndTheValidatorsAndReadsA304WithoutABody() {
        server.stubFor(get(urlPathEqualTo("/feed")).withHeader("If-None-Match", equalTo("\"v1\""))
                .withHeader("If-Modified-Since", equalTo("Wed, 25 Nov 2026 08:00:00 GMT"))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")
                        .withHeader("Cache-Control", "max-age=3600")));
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url("/feed"), "\"v1\"", "Wed, 25 Nov 2026 08:00:00 GMT"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.NotModified.class, n -> {
            assertThat(n.etag()).isEqualTo("\"v1\"");
            assertThat(n.lastModified()).isEqualTo("Wed, 25 Nov 2026 08:00:00 GMT");
            assertThat(n.cacheControl()).isEqualTo("max-age=3600");
            assertThat(n.permanentUrl()).isNull();
        });
        server.verify(getRequestedFor(urlPathEqualTo("/feed")).withHeader("User-Agent",
                equalTo(TestFetchConfig.USER_AGENT)).withHeader("Accept", equalTo("application/rss+xml, "
                + "application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8")));
    }

    @Test
    void aServerThatIgnoresTheValidatorsStillWorks() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "W/\"v2\"")
                .withHeader("Last-Modified", "Thu, 26 Nov 2026 08:00:00 GMT").withBody("<rss/>")));
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url("/feed"), "\"v1\"", null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
            assertThat(f.etag()).startsWith("W/\"v2");  // the mock server's gzip layer marks it "--gzip"
            assertThat(f.lastModified()).isEqualTo("Thu, 26 Nov 2026 08:00:00 GMT");
            assertThat(f.contentType()).isEqualTo("application/rss+xml");
        });
    }

    @Test
    void aFirstFetchSendsNoValidators() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200).withBody("<rss/>")));
        fetcher.fetch(FetchRequest.feed(url("/feed"), null, null));
        server.verify(getRequestedFor(urlPathEqualTo("/feed")).withHeader("If-None-Match", absent())
                .withHeader("If-Modified-Since", absent()).withHeader("Accept-Encoding", equalTo("gzip, deflate")));
    }

    @Test
    void notFoundAndGoneAreValuesNamingTheUrl() {
        server.stubFor(get(urlPathEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(410)));
        assertThat(failed("/missing")).satisfies(f -> {
            assertThat(f.failure()).isEqualTo(Failure.NOT_FOUND);
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.reason()).isEqualTo("HTTP 404 Not Found from " + url("/missing"));
        });
        assertThat(failed("/gone")).satisfies(f -> {
            assertThat(f.failure()).isEqualTo(Failure.GONE);
            assertThat(f.reason()).startsWith("HTTP 410 Gone from " + url("/gone"));
        });
    }

    @Test
    void serverErrorsAreCounted() {
        server.stubFor(get(urlPathEqualTo("/broken")).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathEqualTo("/bad-gateway")).willReturn(aResponse().withStatus(502)));
        assertThat(failed("/broken")).satisfies(f -> {
            assertThat(f.failure()).isEqualTo(Failure.HTTP_STATUS);
            assertThat(f.reason()).startsWith("HTTP 500").endsWith("from " + url("/broken"));
        });
        assertThat(failed("/bad-gateway").status()).isEqualTo(502);
    }

    @Test
    void loginAndForbiddenGetPlainMessages() {
        server.stubFor(get(urlPathEqualTo("/login")).willReturn(aResponse().withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=\"members\"")));
        server.stubFor(get(urlPathEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)
                .withHeader("Server", "nginx").withBody("<html><h1>403 Forbidden</h1></html>")));
        assertThat(failed("/login")).satisfies(f -> {
            assertThat(f.failure()).isEqualTo(Failure.DENIED);
            assertThat(f.reason()).contains("HTTP 401", "asks for a login");
        });
        assertThat(failed("/forbidden").reason()).contains("HTTP 403", "access forbidden").doesNotContain("bot");
    }

    @Test
    void aCloudflareChallengeIsRecognisedByItsHeader() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(403)
                .withHeader("cf-mitigated", "challenge").withHeader("Server", "cloudflare")
                .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><head><title>Just a moment..."
                        + "</title></head><body></body></html>")));
        assertThat(failed("/feed").reason()).startsWith("HTTP 403 from " + url("/feed"))
                .contains("blocked by Cloudflare's bot protection", "browser challenge",
                        "ask the publisher to allow Feedrafter's User-Agent");
    }

    @Test
    void aCloudflareChallengePageIsRecognisedWithoutTheHeader() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(403)
                .withHeader("Server", "cloudflare").withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody("<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
                        + "<meta http-equiv=\"refresh\" content=\"390\"></head><body><div class=\"main-wrapper\">"
                        + "<noscript>Enable JavaScript and cookies to continue</noscript>"
                        + "<script src=\"/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8e1\"></script>"
                        + "</div></body></html>")));
        assertThat(failed("/feed").reason()).contains("blocked by Cloudflare's bot protection");
    }

    @Test
    void aCloudflareChallengeAnsweredWith503IsABotWallNotARateLimit() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(503)
                .withHeader("Server", "cloudflare").withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody("<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
                        + "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1\"></script></body></html>")));
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url("/feed"), null, null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(FetchOutcome.Failure.DENIED);
            assertThat(f.reason()).startsWith("HTTP 503 from " + url("/feed"))
                    .contains("blocked by Cloudflare's bot protection").doesNotContain("slow down");
        });
    }

    @Test
    void aCloudflareRateLimitWithRetryAfterStaysARateLimit() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(429)
                .withHeader("Server", "cloudflare").withHeader("cf-mitigated", "challenge")
                .withHeader("Retry-After", "60").withBody("<title>Just a moment...</title>")));
        assertThat(fetcher.fetch(FetchRequest.feed(url("/feed"), null, null)))
                .isInstanceOfSatisfying(FetchOutcome.RateLimited.class,
                        r -> assertThat(r.retryAt()).isEqualTo(NOW.plusSeconds(60)));
    }

    @Test
    void aDataDomeWallIsNamedToo() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(403)
                .withHeader("x-datadome", "protected").withBody("<html><script src=\"https://ct.captcha-delivery.com/c.js\">"
                        + "</script></html>")));
        assertThat(failed("/feed").reason()).contains("blocked by DataDome's bot protection");
    }

    @Test
    void tooManyRequestsWithRetryAfterInSeconds() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url("/feed"), null, null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.RateLimited.class, r -> {
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.retryAt()).isEqualTo(NOW.plusSeconds(120));
            assertThat(r.problem()).contains("HTTP 429", "slow down", "2026-11-26T12:02:00Z");
        });
    }

    @Test
    void serviceUnavailableWithRetryAfterAsAnHttpDate() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "Thu, 26 Nov 2026 15:30:00 GMT")));
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url("/feed"), null, null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.RateLimited.class, r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.retryAt()).isEqualTo(Instant.parse("2026-11-26T15:30:00Z"));
        });
    }

    @Test
    void aRateLimitWithoutRetryAfterHasNoRetryTime() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "soon")));
        assertThat(fetcher.fetch(FetchRequest.feed(url("/feed"), null, null)))
                .isInstanceOfSatisfying(FetchOutcome.RateLimited.class, r -> assertThat(r.retryAt()).isNull());
    }

    @Test
    void faultsAreNetworkFailuresNotExceptions() {
        server.stubFor(get(urlPathEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathEqualTo("/empty")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        server.stubFor(get(urlPathEqualTo("/chunk")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        server.stubFor(get(urlPathEqualTo("/garbage")).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        for (String path : new String[] {"/reset", "/empty", "/chunk", "/garbage"}) {
            assertThat(failed(path)).as(path).satisfies(f -> {
                assertThat(f.failure()).isEqualTo(Failure.NETWORK);
                assertThat(f.status()).isZero();
                assertThat(f.reason()).startsWith(url(path).toString());
            });
        }
        assertThat(failed("/empty").reason()).contains("closed the connection before the response was complete");
    }

    @Test
    void aResponseLaterThanTheTimeoutIsATimeout() {
        server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withBody("<rss/>")
                .withFixedDelay(3000)));
        HttpFetcher quick = TestFetchConfig.local().timeout(Duration.ofMillis(500)).fetcher();
        FetchOutcome outcome = quick.fetch(FetchRequest.feed(url("/slow"), null, null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.TIMEOUT);
            assertThat(f.reason()).endsWith(": timed out, no complete answer within 500ms");
        });
    }

    @Test
    void aBodyThatDripsSlowerThanTheTimeoutIsCutOff() {
        // Each chunk arrives well within any read timeout, but the whole body would take 6 s.
        plain.stubFor(get(urlPathEqualTo("/drip")).willReturn(aResponse().withStatus(200)
                .withBody("<rss>" + "x".repeat(3000) + "</rss>").withChunkedDribbleDelay(30, 6000)));
        HttpFetcher quick = TestFetchConfig.local().timeout(Duration.ofMillis(800)).fetcher();
        assertThat(quick.fetch(FetchRequest.feed(URI.create(plain.baseUrl() + "/drip"), null, null)))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> assertThat(f.failure()).isEqualTo(Failure.TIMEOUT));
    }

    @Test
    void aServerThatNeverAcceptsIsAConnectTimeout() throws Exception {
        // A local listener whose accept queue is full: further connection attempts get no answer at all.
        try (ServerSocket deaf = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket s = new Socket();
                    s.connect(deaf.getLocalSocketAddress(), 200);
                    queued.add(s);
                }
            } catch (IOException queueFull) {
                // the queue is full: exactly the state the test needs
            }
            HttpFetcher impatient = TestFetchConfig.local().connectTimeout(Duration.ofMillis(400)).fetcher();
            URI url = URI.create("http://127.0.0.1:" + deaf.getLocalPort() + "/feed");
            assertThat(impatient.fetch(FetchRequest.feed(url, null, null)))
                    .isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
                        assertThat(f.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(f.reason()).isEqualTo(url + ": could not connect within 400ms");
                    });
            for (Socket s : queued) {
                s.close();
            }
        }
    }

    @Test
    void anUnknownHostIsANetworkFailure() {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(URI.create("http://no-such-host.invalid/feed"), null, null));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.NETWORK);
            assertThat(f.reason()).contains("unknown host");
        });
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(URI.create("file:///etc/passwd")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.REFUSED);
            assertThat(f.reason()).isEqualTo("file:///etc/passwd: only http and https URLs are fetched");
        });
    }
}
