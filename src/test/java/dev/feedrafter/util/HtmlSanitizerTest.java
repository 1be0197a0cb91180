package dev.feedrafter.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
    private static final String BASE = "https://news.test/2026/11/story/";

    @Test
    void removesEverythingThatCanRunOrLoadAndKeepsTheText() {
        HtmlSanitizer.Sanitized s = HtmlSanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">Safe <b>text</b></p>"
                + "<script>alert(1)</script><style>p{}</style><iframe src=\"https://v.test/\"></iframe>"
                + "<object data=\"x.swf\"></object><a href=\"javascript:alert(1)\">js</a> "
                + "<a href=\"java&#10;script:alert(1)\">obfuscated</a><img src=\"data:image/png;base64,AAAA\">"
                + "<a href=\"vbscript:x\">vb</a><form action=\"/post\"><input name=\"q\"></form>", BASE);
        assertThat(s.html()).doesNotContain("onclick", "style", "script", "iframe", "object", "javascript", "data:",
                "vbscript", "form", "input");
        assertThat(s.text()).isEqualTo("Safe text js obfuscated vb");
        assertThat(s.imageUrls()).isEmpty();
    }

    @Test
    void makesLinksAndImagesAbsoluteAndSkipsTrackingPixels() {
        HtmlSanitizer.Sanitized s = HtmlSanitizer.sanitize("<a href=\"../related/\">rel</a> <a href=\"/about\">abs</a>"
                + "<img src=\"https://px.test/t.gif\" width=\"1\" height=\"1\"><img src=\"fig1.jpg\" alt=\"Figure\">"
                + "<a href=\"mailto:press@news.test\">mail</a>", BASE);
        assertThat(s.html()).contains("href=\"https://news.test/2026/11/related/\"", "href=\"https://news.test/about\"",
                "src=\"https://news.test/2026/11/story/fig1.jpg\"", "href=\"mailto:press@news.test\"",
                "rel=\"nofollow noopener\"");
        assertThat(s.imageUrls()).containsExactly("https://news.test/2026/11/story/fig1.jpg");
    }

    @Test
    void withoutABaseRelativeLinksAreDropped() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"/x\">x</a><img src=\"y.png\">", null).html())
                .isEqualTo("<a rel=\"nofollow noopener\">x</a><img>");
    }
}
