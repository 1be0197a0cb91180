package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The charset matrix: bytes as real servers send them (labels right, wrong or missing), fetched from WireMock and
 * decoded; the text must come out as the author wrote it.
 */
class TextDecoderTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TITLE = "Ketamine’s “rapid” effect on mood — a café study";

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof byte[] b ? b : ((String) p).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] rss(String prolog, byte[] title) {
        return bytes(prolog, "<rss version=\"2.0\"><channel><title>", title, "</title></channel></rss>");
    }

    private static byte[] html(String head, byte[] title) {
        return bytes("<!DOCTYPE html><html><head>", head, "<title>", title, "</title></head><body></body></html>");
    }

    static Stream<Arguments> feeds() {
        byte[] utf8 = TITLE.getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = TITLE.getBytes(CP1252);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf16le = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>" + TITLE
                + "</title></channel></rss>").getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("UTF-8 feed, labelled right", "application/rss+xml; charset=UTF-8",
                        rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", utf8)),
                Arguments.of("UTF-8 with BOM outranks a wrong header", "text/xml; charset=ISO-8859-1",
                        bytes(bom, rss("<?xml version=\"1.0\"?>", utf8))),
                Arguments.of("UTF-16LE with BOM", "application/xml",
                        bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16le)),
                Arguments.of("UTF-16LE without BOM, told by its zero bytes", "application/xml", utf16le),
                Arguments.of("windows-1252 labelled UTF-8 keeps its curly quotes", "application/rss+xml; charset=utf-8",
                        rss("<?xml version=\"1.0\" encoding=\"utf-8\"?>", cp1252)),
                Arguments.of("windows-1252 labelled ISO-8859-1 keeps its curly quotes", "text/xml; charset=iso-8859-1",
                        rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", cp1252)),
                Arguments.of("no header charset: the XML declaration decides", "application/rss+xml",
                        rss("<?xml version='1.0' encoding='windows-1252'?>", cp1252)),
                Arguments.of("header outranks the XML declaration", "application/xml; charset=windows-1252",
                        rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", cp1252)),
                Arguments.of("UTF-8 behind a server default of ISO-8859-1", "text/xml; charset=ISO-8859-1",
                        rss("<?xml version=\"1.0\"?>", utf8)),
                Arguments.of("no label anywhere, UTF-8 sniffed", null, rss("", utf8)),
                Arguments.of("no label anywhere, windows-1252 sniffed", "text/xml", rss("", cp1252)),
                Arguments.of("an unknown label is ignored", "text/xml; charset=utf-8lol",
                        rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", utf8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    void feedsDecodeToTheAuthorsText(String name, String contentType, byte[] body) {
        FetchOutcome.Fetched f = serve(contentType, body);
        assertThat(TextDecoder.decodeXml(f.body(), f.contentType())).contains("<title>" + TITLE + "</title>")
                .doesNotStartWith("\uFEFF");
    }

    static Stream<Arguments> pages() {
        String russian = "Кетамин и депрессия";
        String japanese = "ケタミンとうつ病";
        return Stream.of(
                Arguments.of("meta charset", "text/html", html("<meta charset=\"windows-1251\">",
                        russian.getBytes(Charset.forName("windows-1251"))), russian),
                Arguments.of("meta http-equiv", "text/html", html("<meta http-equiv=\"Content-Type\" "
                        + "content=\"text/html; charset=Shift_JIS\">", japanese.getBytes(Charset.forName("Shift_JIS"))),
                        japanese),
                Arguments.of("header outranks meta", "text/html; charset=UTF-8", html("<meta charset=\"iso-8859-1\">",
                        TITLE.getBytes(StandardCharsets.UTF_8)), TITLE),
                Arguments.of("meta claiming UTF-16 in an ASCII page means UTF-8", "text/html",
                        html("<meta charset=\"utf-16\">", TITLE.getBytes(StandardCharsets.UTF_8)), TITLE),
                Arguments.of("windows-1252 page labelled ISO-8859-1", "text/html; charset=ISO-8859-1",
                        html("", TITLE.getBytes(CP1252)), TITLE),
                Arguments.of("no label, sniffed", "text/html", html("", TITLE.getBytes(StandardCharsets.UTF_8)), TITLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagesDecodeToTheAuthorsText(String name, String contentType, byte[] body, String expected) {
        FetchOutcome.Fetched f = serve(contentType, body);
        assertThat(TextDecoder.decodeHtml(f.body(), f.contentType())).contains("<title>" + expected + "</title>");
    }

    @Test
    void invalidBytesNeverFail() {
        byte[] broken = bytes("<rss><channel><title>", new byte[] {(byte) 0xE2, (byte) 0x80}, "ok", new byte[] {
            (byte) 0xC3}, "</title>", new byte[] {0, 1, 0x1B}, "</channel></rss>", new byte[] {(byte) 0xF0, (byte) 0x9F});
        String text = TextDecoder.decodeXml(broken, "text/xml; charset=UTF-8");
        assertThat(text).startsWith("<rss><channel><title>â€ok").contains("</title></channel></rss>")
                .doesNotContain("\u0000", "\u0001", "\u001B");
        assertThat(TextDecoder.decodeHtml(new byte[] {(byte) 0x81, (byte) 0xFF, 0x41}, null)).endsWith("A");
        assertThat(TextDecoder.decodeXml(new byte[0], null)).isEmpty();
        assertThat(TextDecoder.decodeXml(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00}, null)).isNotNull();
    }

    @Test
    void validUtf8IsReadWhenMixedWithStrayWindows1252Bytes() {
        byte[] mixed = bytes("Café ", new byte[] {(byte) 0x93}, "quoted", new byte[] {(byte) 0x94}, " — ok");
        assertThat(TextDecoder.decodeXml(mixed, "text/xml; charset=utf-8")).isEqualTo("Café “quoted” — ok");
    }

    private static FetchOutcome.Fetched serve(String contentType, byte[] body) {
        ResponseDefinitionBuilder response = aResponse().withStatus(200).withBody(body);
        if (contentType != null) {
            response = response.withHeader("Content-Type", contentType);
        }
        server.stubFor(get(urlPathEqualTo("/doc")).willReturn(response));
        FetchOutcome outcome = TestFetchConfig.local().robots(false).fetcher()
                .fetch(FetchRequest.feed(URI.create(server.baseUrl() + "/doc"), null, null));
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        FetchOutcome.Fetched f = (FetchOutcome.Fetched) outcome;
        assertThat(f.contentType()).isEqualTo(contentType);
        return f;
    }
}
