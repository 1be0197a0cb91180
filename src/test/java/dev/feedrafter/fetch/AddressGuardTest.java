package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address guard, on addresses and through real fetches. A fake resolver names the hosts; only the mock
 * server's own 127.0.0.1 is exempted where a test needs to reach it, so nothing ever leaves this machine.
 */
class AddressGuardTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final InetAddress LOCAL = address("127.0.0.1");

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A resolver that knows only the given names. */
    private static Dns resolver(Map<String, String> names) {
        return host -> {
            String a = names.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return List.of(address(a));
        };
    }

    private HttpFetcher fetcher(Set<InetAddress> exempt, Dns resolver) {
        return new HttpFetcher(TestFetchConfig.local().privateAddressesRefused().build(), Clock.systemUTC(),
                new AddressGuard(false, exempt, resolver));
    }

    private static FetchOutcome.Failed refused(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        FetchOutcome.Failed f = (FetchOutcome.Failed) outcome;
        assertThat(f.failure()).isEqualTo(Failure.REFUSED);
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.0.192",
        "198.18.0.1", "192.0.2.10", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "2001:db8::1",
        "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1"})
    void nonPublicAddressesAreRecognised(String literal) {
        assertThat(AddressGuard.isNonPublic(address(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::6810:84e5",
        "::ffff:93.184.216.34", "2a00:1450:4001:82b::200e"})
    void publicAddressesPass(String literal) {
        assertThat(AddressGuard.isNonPublic(address(literal))).isFalse();
    }

    @Test
    void loopbackIsRefusedByDefaultThroughAUrlWithTheAddress() {
        HttpFetcher defaults = new HttpFetcher(TestFetchConfig.local().privateAddressesRefused().build());
        URI url = URI.create("http://127.0.0.1:" + server.getPort() + "/feed");
        assertThat(refused(defaults.fetch(FetchRequest.feed(url, null, null))).reason())
                .isEqualTo(url + ": refused: 127.0.0.1 resolves to the non-public address 127.0.0.1 "
                        + "(set fetch.allow_private_addresses: true to allow)");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void loopbackIsRefusedByDefaultThroughAName() {
        HttpFetcher defaults = new HttpFetcher(TestFetchConfig.local().privateAddressesRefused().build());
        URI url = URI.create("http://localhost:" + server.getPort() + "/feed");
        assertThat(refused(defaults.fetch(FetchRequest.feed(url, null, null))).reason())
                .contains("localhost resolves to the non-public address");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::ffff:127.0.0.1]:PORT/feed", "http://[::1]:PORT/feed", "http://2130706433:PORT/feed",
        "http://127.1:PORT/feed", "http://0x7f.0.0.1:PORT/feed"})
    void loopbackInDisguiseIsRefused(String spelling) {
        HttpFetcher defaults = new HttpFetcher(TestFetchConfig.local().privateAddressesRefused().build());
        URI url = URI.create(spelling.replace("PORT", String.valueOf(server.getPort())));
        FetchOutcome outcome = defaults.fetch(FetchRequest.feed(url, null, null));
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHostResolvingToTheCloudMetadataAddressIsRefused() {
        HttpFetcher f = fetcher(Set.of(), resolver(Map.of("metadata.example.test", "169.254.169.254")));
        FetchOutcome outcome = f.fetch(FetchRequest.page(URI.create("http://metadata.example.test/latest/meta-data/")));
        assertThat(refused(outcome).reason()).contains("metadata.example.test resolves to the non-public address "
                + "169.254.169.254");
    }

    @Test
    void aRedirectIntoAPrivateAddressIsRefused() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://metadata.example.test/latest/meta-data/iam/")));
        HttpFetcher f = fetcher(Set.of(LOCAL), resolver(Map.of("feeds.example.test", "127.0.0.1",
                "metadata.example.test", "169.254.169.254")));
        URI url = URI.create("http://feeds.example.test:" + server.getPort() + "/feed");
        FetchOutcome.Failed failed = refused(f.fetch(FetchRequest.feed(url, null, null)));
        assertThat(failed.reason()).startsWith(url + " (redirected to http://metadata.example.test/latest/meta-data/iam/)")
                .contains("169.254.169.254");
        server.verify(1, getRequestedFor(urlPathEqualTo("/feed")));
    }

    @Test
    void aRedirectToALiteralPrivateAddressIsRefused() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://[::ffff:a9fe:a9fe]/latest/")));
        HttpFetcher f = fetcher(Set.of(LOCAL), resolver(Map.of("feeds.example.test", "127.0.0.1")));
        FetchOutcome outcome = f.fetch(FetchRequest.feed(URI.create("http://feeds.example.test:" + server.getPort()
                + "/feed"), null, null));
        assertThat(refused(outcome).reason()).contains("non-public address 169.254.169.254");
    }

    @Test
    void theAddressConnectedToIsTheOneThatWasChecked() {
        // A rebinding resolver: a harmless answer first, then one the guard refuses. The guard is the client's
        // only resolver and is asked once, so its checked answer is the one used for the connection.
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200).withBody("<rss/>")));
        AtomicInteger lookups = new AtomicInteger();
        Dns rebinding = host -> List.of(address(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2"));
        HttpFetcher f = fetcher(Set.of(LOCAL), rebinding);
        URI url = URI.create("http://rebind.example.test:" + server.getPort() + "/feed");
        assertThat(f.fetch(FetchRequest.feed(url, null, null))).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(lookups).hasValue(1);

        AtomicInteger later = new AtomicInteger();
        Dns rebound = host -> List.of(address(later.getAndIncrement() == 0 ? "127.0.0.2" : "127.0.0.1"));
        assertThat(refused(fetcher(Set.of(LOCAL), rebound).fetch(FetchRequest.feed(url, null, null))).reason())
                .contains("127.0.0.2");
        server.verify(1, getRequestedFor(urlPathEqualTo("/feed")));
    }

    @Test
    void aMixedAnswerIsRefusedWhole() {
        Dns mixed = host -> List.of(address("127.0.0.1"), address("10.0.0.7"));
        URI url = URI.create("http://mixed.example.test:" + server.getPort() + "/feed");
        assertThat(refused(fetcher(Set.of(LOCAL), mixed).fetch(FetchRequest.feed(url, null, null))).reason())
                .contains("10.0.0.7");
    }

    @Test
    void allowPrivateAddressesLetsLocalServersThrough() {
        server.stubFor(get(urlPathEqualTo("/feed")).willReturn(aResponse().withStatus(200).withBody("<rss/>")));
        assertThat(TestFetchConfig.local().fetcher().fetch(FetchRequest.feed(URI.create(server.baseUrl() + "/feed"),
                null, null))).isInstanceOf(FetchOutcome.Fetched.class);
    }
}
