package dev.feedrafter.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @Test
    void removesTrackingParametersAndFragments() {
        assertThat(Urls.clean("HTTPS://Example.TEST/a/b?utm_source=rss&id=7&fbclid=x#comments"))
                .isEqualTo("https://example.test/a/b?id=7");
        assertThat(Urls.clean("https://example.test:443/")).isEqualTo("https://example.test/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://neurosciencenews.com/ketamine-29871/?utm_source=rss&utm_medium=rss&utm_campaign=ketamine|"
                + "https://neurosciencenews.com/ketamine-29871/",
        "https://www.psypost.org/study/?mc_cid=abc123&mc_eid=def456|https://www.psypost.org/study/",
        "https://www.sciencedaily.com/releases/2026/11/261120.htm?gclid=Cj0K&_ga=2.1.2|"
                + "https://www.sciencedaily.com/releases/2026/11/261120.htm",
        "https://medicalxpress.com/news/2026-11-ketamine.html?_hsenc=p2AN&_hsmi=123&page=2|"
                + "https://medicalxpress.com/news/2026-11-ketamine.html?page=2",
        "https://www.theguardian.com/science/2026/nov/20/ketamine?CMP=share_btn_tw|"
                + "https://www.theguardian.com/science/2026/nov/20/ketamine",
        "https://www.nature.com/articles/s41398-026-0001-1?xtor=RSS-1&error=cookies_not_supported|"
                + "https://www.nature.com/articles/s41398-026-0001-1?error=cookies_not_supported",
        "https://News.Example.TEST:8443/a?UTM_Source=x&q=brain%20waves#section-2|"
                + "https://news.example.test:8443/a?q=brain%20waves",
        "http://example.test|http://example.test/",
        "https://example.test/search?q=ketamine&ref=nav|https://example.test/search?q=ketamine&ref=nav",
    })
    void cleansRealWorldLinks(String raw, String clean) {
        assertThat(Urls.clean(raw)).isEqualTo(clean);
    }

    @Test
    void identityIgnoresSchemeWwwAndTrailingSlash() {
        assertThat(Urls.identity("http://www.example.test/story/?utm_medium=feed"))
                .isEqualTo(Urls.identity("https://example.test/story"));
        assertThat(Urls.identity("https://EXAMPLE.test/story#comments?fbclid=1"))
                .isEqualTo(Urls.identity("https://example.test/story"));
    }

    @Test
    void leavesWhatIsNotAnAbsoluteUrlAlone() {
        assertThat(Urls.clean("not a url")).isEqualTo("not a url");
        assertThat(Urls.clean("/relative/path?utm_source=x")).isEqualTo("/relative/path?utm_source=x");
        assertThat(Urls.clean(null)).isNull();
    }
}
