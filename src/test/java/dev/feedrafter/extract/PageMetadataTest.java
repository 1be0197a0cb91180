package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authors, lead image and publication date of pages that give them in awkward forms. */
class PageMetadataTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String head, String header) {
        return extractor.extract("<html><head><title>Sleep and mood</title>" + head + "</head><body><article>"
                + "<h1>Sleep and mood in adults</h1>" + header + "<p>A study of anxiety in 300 adults found that sleep "
                + "and mood move together over the long run, the authors report.</p><p>More text about the same "
                + "study, its methods and its limits, follows here in a second paragraph.</p></article></body></html>",
                "https://news.test/2026/sleep-mood");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "<p class='byline'>By Jane Doe | November 25, 2026</p>                                  # Jane Doe",
        "<p class='byline'>By Jane Doe, November 25, 2026</p>                                   # Jane Doe",
        "<p class='byline'>by <a href='/author/jane-doe/'>Jane Doe</a> <span>Nov 25, 2026</span></p> # Jane Doe",
        "<div class='byline'>Written by Jane Doe — Staff Writer</div>                            # Jane Doe",
        "<p class='byline'>By Jane Doe and John Roe</p>                                          # Jane Doe|John Roe",
        "<p class='byline'>By Jane Doe &amp; John Roe, Contributors</p>                          # Jane Doe|John Roe",
        "<p class='byline'>by Jane Doe , Medical Xpress</p>                                      # Jane Doe",
        "<p class='byline'>Posted by Jane Doe on Tuesday, November 25, 2026 at 10:15 AM EST</p>  # Jane Doe",
        "<p class='byline'>By Jane Doe, John Roe and Ana Núñez</p>                   # Jane Doe|John Roe|Ana Núñez",
        "<p class='byline'>By Neuroscience News</p>                                              # Neuroscience News",
    })
    void aBylineGivesNamesOnly(String byline, String names) {
        assertThat(page("", byline).authors()).containsExactly(names.split("\\|"));
    }

    @Test
    void citationAuthorsWrittenFamilyFirstAreReadInReadingOrderAndCitedInAmaStyle() {
        Article a = page("<meta name='citation_title' content='Psilocybin therapy and anxiety'>"
                + "<meta name='citation_author' content='Ishikawa, Kaya'>"
                + "<meta name='citation_author' content='Lund, Sören'>"
                + "<meta name='citation_doi' content='10.1038/s41398-026-01234-5'>", "");
        assertThat(a.authors()).containsExactly("Kaya Ishikawa", "Sören Lund");
        assertThat(a.citation().authors()).isEqualTo("Ishikawa K, Lund S");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "<meta property='og:image' content='javascript:alert(3)'>",
        "<meta property='og:image' content='data:image/svg+xml;base64,PHN2Zz4='>",
        "<meta name='twitter:image' content=' JaVaScRiPt:alert(1)'>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"image\":\"javascript:alert(2)\"}</script>",
        "<meta property='og:image' content='file:///etc/passwd'>",
    })
    void onlyHttpImagesAreKept(String head) {
        assertThat(page(head, "").image()).isNull();
    }

    @Test
    void aSafeImageIsTakenAfterAnUnsafeOne() {
        Article a = page("<meta property='og:image' content='javascript:alert(3)'>"
                + "<meta name='twitter:image' content='/img/sleep.jpg'>", "");
        assertThat(a.image().url()).isEqualTo("https://news.test/img/sleep.jpg");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "<p class='text-uppercase'>14-Apr-2026</p>                   # 2026-04-14T00:00:00Z",
        "<p class='text-uppercase text-low'>April 14, 2026</p>       # 2026-04-14T00:00:00Z",
        "<div><span>Published:</span> <span>2026-04-14</span></div> # 2026-04-14T00:00:00Z",
    })
    void aDateStandingAloneUnderTheHeadlineIsThePublicationDate(String header, String published) {
        assertThat(page("", header).published()).isEqualTo(Instant.parse(published));
    }

    @Test
    void datesInTheTextOrFarFromTheHeadlineAreNotThePublicationDate() {
        Article inText = extractor.extract("<html><body><article><h1>Sleep and mood</h1><p>A long first paragraph "
                + "of the article that says nothing of dates but is long enough to be prose.</p><p>April 14, 2026</p>"
                + "<p>Since 12-Mar-2025 the team has followed 300 adults.</p></article>"
                + "<aside><h3>Related</h3><p>May 2, 2026</p></aside></body></html>", "https://news.test/a");
        assertThat(inText.published()).isNull();
        Article updated = page("", "<p class='small'>Updated: April 20, 2026</p>");
        assertThat(updated.published()).isNull();
    }
}
