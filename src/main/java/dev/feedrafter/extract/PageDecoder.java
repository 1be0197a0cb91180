package dev.feedrafter.extract;

import dev.feedrafter.fetch.TextDecoder;
import dev.feedrafter.util.Mojibake;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns page bytes into a jsoup document: the charset as browsers pick it ({@link TextDecoder}: byte-order mark,
 * HTTP Content-Type, XML declaration, {@code <meta>}, sniffing), then UTF-8 text that was misread as Latin-1
 * upstream ("â€™") repaired, so that no mojibake reaches a draft.
 */
final class PageDecoder {
    private PageDecoder() {}

    static Document decode(byte[] body, String contentType, String url) {
        String html = Mojibake.repair(TextDecoder.decodeHtml(body, contentType));
        return Jsoup.parse(html, url == null ? "" : url);
    }
}
