package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String jsonLd) {
        return extractor.extract("<html><head><title>Fallback | Site</title><script type=\"application/ld+json\">"
                + jsonLd + "</script></head><body><p>Body text of the page.</p></body></html>", "https://x.test/a");
    }

    @Test
    void findsTheArticleInAGraphWithNestedAuthorsAndImages() {
        Article a = page("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Brain Desk"},
                  {"@type":["BlogPosting","NewsArticle"],"headline":"Sleep &amp; memory: what &lt;REM&gt; does",
                   "author":[{"@type":"Person","name":"Ada O&#39;Neill"},{"@type":"Person","name":"Bo Lind"}],
                   "image":[{"@type":"ImageObject","url":"/img/sleep.jpg"}],
                   "datePublished":"2026-11-02T09:15:00+01:00","keywords":"sleep, memory"}]}""");
        assertThat(a.title()).isEqualTo("Sleep & memory: what <REM> does");
        assertThat(a.authors()).containsExactly("Ada O'Neill", "Bo Lind");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
        assertThat(a.image().url()).isEqualTo("https://x.test/img/sleep.jpg");
        assertThat(a.details().tags()).containsExactly("sleep", "memory");
        assertThat(a.details().origins()).containsEntry("title", "json-ld headline")
                .containsEntry("authors", "json-ld author").containsEntry("image", "json-ld image");
    }

    @Test
    void readsAScholarlyArticleAndPrefersItToTheWebPage() {
        Article a = page("""
                [{"@type":"WebPage","headline":"Page title"},
                 {"@type":"ScholarlyArticle","headline":"Paper title","author":{"name":"Chen L"}}]""");
        assertThat(a.title()).isEqualTo("Paper title");
        assertThat(a.authors()).containsExactly("Chen L");
    }

    @Test
    void malformedJsonLdIsSkippedWithAWarningAndTheTitleComesFromThePage() {
        Article a = page("{\"@type\":\"NewsArticle\",\"headline\":\"Cut off");
        assertThat(a.title()).isEqualTo("Fallback");
        assertThat(a.details().origins()).containsEntry("title", "title tag");
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("malformed JSON-LD skipped"));
    }
}
