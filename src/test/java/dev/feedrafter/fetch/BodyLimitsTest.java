package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Size limits, compression and lying Content-Length, against WireMock servers with and without their own gzip. */
class BodyLimitsTest {
    @RegisterExtension
    static WireMockExtension gzipping = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension plain = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    private static final int MB = 1024 * 1024;

    private static FetchOutcome fetch(WireMockExtension server, String path, long maxBytes) {
        return TestFetchConfig.local().maxBytes(maxBytes).timeout(Duration.ofSeconds(30)).fetcher()
                .fetch(FetchRequest.page(URI.create(server.baseUrl() + path)));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void aFiftyMegabyteBodyStopsAtTheLimit() {
        byte[] body = new byte[50 * MB];
        Arrays.fill(body, (byte) 'x');
        gzipping.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withStatus(200).withBody(body)));
        assertThat(fetch(gzipping, "/huge", 10 * MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.TOO_LARGE);
            assertThat(f.reason()).contains("larger than the limit of 10485760 bytes (fetch.max_bytes)");
        });
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsNotRead() {
        plain.stubFor(get(urlPathEqualTo("/huge")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", String.valueOf(50 * MB)).withBody("<rss>")));
        assertThat(fetch(plain, "/huge", 10 * MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.TOO_LARGE);
            assertThat(f.reason()).contains("announces 52428800 bytes, more than the limit of 10485760 bytes");
        });
    }

    @Test
    void aGzipBombStopsAtTheLimitCountedAfterDecompression() throws IOException {
        byte[] bomb = gzip(new byte[64 * MB]);  // about 64 KB on the wire
        plain.stubFor(get(urlPathEqualTo("/bomb")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Encoding", "gzip").withBody(bomb)));
        assertThat(bomb.length).isLessThan(MB);
        assertThat(fetch(plain, "/bomb", MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(Failure.TOO_LARGE));
    }

    @Test
    void gzipAndBothKindsOfDeflateAreDecoded() throws IOException {
        byte[] text = "<rss><channel><title>Café “news”</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        plain.stubFor(get(urlPathEqualTo("/gzip")).willReturn(aResponse().withHeader("Content-Encoding", "gzip")
                .withBody(gzip(text))));
        plain.stubFor(get(urlPathEqualTo("/zlib")).willReturn(aResponse().withHeader("Content-Encoding", "deflate")
                .withBody(deflate(text, false))));
        plain.stubFor(get(urlPathEqualTo("/raw-deflate")).willReturn(aResponse().withHeader("Content-Encoding", "deflate")
                .withBody(deflate(text, true))));
        plain.stubFor(get(urlPathEqualTo("/not-really-gzip")).willReturn(aResponse().withHeader("Content-Encoding", "gzip")
                .withBody(text)));
        for (String path : new String[] {"/gzip", "/zlib", "/raw-deflate", "/not-really-gzip"}) {
            assertThat(fetch(plain, path, MB)).as(path).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                    f -> assertThat(f.body()).isEqualTo(text));
        }
    }

    @Test
    void anUnaskedForEncodingIsAClearFailure() {
        plain.stubFor(get(urlPathEqualTo("/br")).willReturn(aResponse().withHeader("Content-Encoding", "br")
                .withBody(new byte[] {1, 2, 3})));
        assertThat(fetch(plain, "/br", MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("unsupported Content-Encoding \"br\""));
    }

    @Test
    void aContentLengthThatPromisesMoreThanIsSentIsAnIncompleteResponse() {
        plain.stubFor(get(urlPathEqualTo("/short")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "5000").withBody("<rss><channel>")));
        assertThat(fetch(plain, "/short", MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.NETWORK);
            assertThat(f.reason()).contains("closed the connection before the response was complete");
        });
    }

    @Test
    void aTruncatedGzipBodyIsAnIncompleteResponse() throws IOException {
        byte[] whole = gzip("<rss>".repeat(2000).getBytes(StandardCharsets.UTF_8));
        plain.stubFor(get(urlPathEqualTo("/cut")).willReturn(aResponse().withHeader("Content-Encoding", "gzip")
                .withBody(Arrays.copyOf(whole, whole.length / 2))));
        assertThat(fetch(plain, "/cut", MB)).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(Failure.NETWORK));
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
