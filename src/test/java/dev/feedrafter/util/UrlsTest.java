package dev.feedrafter.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void removesTrackingParametersAndFragments() {
        assertThat(Urls.clean("HTTPS://Example.TEST/a/b?utm_source=rss&id=7&fbclid=x#comments"))
                .isEqualTo("https://example.test/a/b?id=7");
        assertThat(Urls.clean("https://example.test:443/")).isEqualTo("https://example.test/");
    }

    @Test
    void identityIgnoresSchemeWwwAndTrailingSlash() {
        assertThat(Urls.identity("http://www.example.test/story/?utm_medium=feed"))
                .isEqualTo(Urls.identity("https://example.test/story"));
    }
}
