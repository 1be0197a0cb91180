package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages reach the extractor as the author wrote them, whatever their charset labels say. */
class PageDecoderTest {
    private static final String TITLE = "Ketamine’s “rapid” effect — a café study";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static byte[] page(String head, String title, Charset charset) {
        return ("<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>Researchers report a rapid effect.</p></article></body></html>").getBytes(charset);
    }

    @Test
    void aWindows1252PageLabelledUtf8KeepsItsCurlyQuotes() {
        Article a = extractor.extract(page("", TITLE, Charset.forName("windows-1252")), "text/html; charset=UTF-8",
                "https://news.example.test/a");
        assertThat(a.title()).isEqualTo(TITLE);
    }

    @Test
    void theMetaCharsetIsReadWhenTheHeaderHasNone() {
        String title = "Кетамин и депрессия";
        Article a = extractor.extract(page("<meta charset=\"windows-1251\">", title, Charset.forName("windows-1251")),
                "text/html", "https://news.example.test/ru");
        assertThat(a.title()).isEqualTo(title);
    }

    @Test
    void mojibakeInThePageIsRepaired() {
        String garbled = new String(TITLE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Article a = extractor.extract(page("<meta charset=\"utf-8\">", garbled, StandardCharsets.UTF_8),
                "text/html; charset=utf-8", "https://news.example.test/b");
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.bodyText()).doesNotContain("â€", "Ã");
    }
}
