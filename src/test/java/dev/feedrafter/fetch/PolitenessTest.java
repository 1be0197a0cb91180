package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** At most N requests at once per host, and a least delay between two starts; both seen from the server. */
class PolitenessTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private List<Long> receivedAt(String path) {
        List<Long> times = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            if (e.getRequest().getUrl().equals(path)) {
                times.add(e.getRequest().getLoggedDate().getTime());
            }
        }
        times.sort(null);
        return times;
    }

    @Test
    void requestsToOneHostStartAtLeastTheDelayApart() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200).withBody("<rss/>")));
        HttpFetcher fetcher = TestFetchConfig.local().perHost(2, Duration.ofMillis(400)).fetcher();
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(FetchRequest.feed(url("/feed"), null, null));
        }
        List<Long> at = receivedAt("/feed");
        assertThat(at).hasSize(3);
        assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(380);
        assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(380);
    }

    @Test
    void noMoreThanTheAllowedRequestsRunAtOnce() throws Exception {
        // Each answer takes 600 ms: with two slots, the third request can only start when one has finished.
        server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withBody("<rss/>")
                .withFixedDelay(600)));
        HttpFetcher fetcher = TestFetchConfig.local().perHost(2, Duration.ZERO).fetcher();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<FetchOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return fetcher.fetch(FetchRequest.feed(url("/slow"), null, null));
                }));
            }
            go.countDown();
            for (Future<FetchOutcome> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isInstanceOf(FetchOutcome.Fetched.class);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> at = receivedAt("/slow");
        assertThat(at).hasSize(4);
        assertThat(at.get(2) - at.get(0)).isGreaterThanOrEqualTo(550);
        assertThat(at.get(3) - at.get(1)).isGreaterThanOrEqualTo(550);
    }

    @Test
    void aWaitCutShortFreesTheSlot() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ofMillis(800));
        limiter.acquire("news.example.test", Duration.ZERO).close();
        Thread waiter = new Thread(() -> {
            try (HostLimiter.Permit p = limiter.acquire("news.example.test", Duration.ZERO)) {
                throw new AssertionError("the wait for the host's turn was not interrupted");
            } catch (InterruptedException expected) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        Thread.sleep(200);  // the waiter holds the only slot and sleeps until its turn
        waiter.interrupt();
        waiter.join(5000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> limiter.acquire("NEWS.example.test", Duration.ZERO).close());
    }
}
