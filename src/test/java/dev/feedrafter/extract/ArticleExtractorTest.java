package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import dev.feedrafter.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final String BASE = "https://neurosciencenews.test";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article ketamine() {
        return extractor.extract(Fixtures.text("pages/nn-ketamine-astrocytes.html", BASE),
                BASE + "/ketamine-astrocytes-perseverance-29871/");
    }

    @Test
    void readsMetadataFromJsonLdAndOpenGraph() {
        Article a = ketamine();
        assertThat(a.title()).isEqualTo("Ketamine Steadies the Star-Shaped Cells That Keep the Brain Trying");
        assertThat(a.authors()).containsExactly("Neuroscience News");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(a.siteName()).isEqualTo("Neuroscience News");
        assertThat(a.canonicalUrl()).isEqualTo(BASE + "/ketamine-astrocytes-perseverance-29871/");
        assertThat(a.language()).isEqualTo("en-US");
        assertThat(a.image().url()).isEqualTo(BASE + "/files/2026/11/ketamine-astrocytes-neurosicence.jpg");
        assertThat(a.image().credit()).isEqualTo("Credit: Neuroscience News");
    }

    @Test
    void findsTheSitesOwnSummaryKeyFactsAndSource() {
        Article a = ketamine();
        assertThat(a.summary()).isEqualTo("A small dose of ketamine keeps zebrafish and mice from “giving up” on an "
                + "impossible task. The drug seems to act through astrocytes — star-shaped support cells — rather "
                + "than through neurons alone.");
        assertThat(a.keyFacts()).containsExactly(
                "Persistence restored: Animals given a low dose of ketamine kept trying for minutes longer than "
                        + "untreated animals.",
                "Astrocytes in charge: The drug changed how astrocytes responded to failure, and blocking astrocyte "
                        + "signalling cancelled its effect.",
                "Same in mammals: The pattern held in mice, pointing to a mechanism shared across vertebrates.");
        assertThat(a.sourceInstitution()).isEqualTo("Harbor Institute of Neuroscience");
    }

    @Test
    void parsesTheOriginalResearchCitation() {
        Article a = ketamine();
        assertThat(a.citation().title())
                .isEqualTo("Ketamine dampens astrocyte signals of futility to sustain effort in zebrafish and mice");
        assertThat(a.citation().authors()).isEqualTo("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.");
        assertThat(a.citation().journal()).isEqualTo("Cell Reports");
        assertThat(a.citation().doi()).isEqualTo("10.1016/j.celrep.2026.114872");
        assertThat(a.links().doi()).containsExactly("https://doi.org/10.1016/j.celrep.2026.114872");
    }

    @Test
    void keepsTheArticleTextAndDropsTheChromeAroundIt() {
        Article a = ketamine();
        assertThat(a.bodyText())
                .contains("When an effort keeps failing, most animals eventually stop trying.")
                .contains("“We expected the drug to act on neurons, the way most antidepressants are described,” said "
                        + "Dr. José Álvarez-Núñez")
                .contains("remains to be tested. 🧠")
                .doesNotContain("Share on Facebook", "Join our Newsletter", "Psilocybin Rewires", "Fascinating work",
                        "Recent Posts", "All rights reserved", "Advertisement", "Contact:", "Original Research");
        assertThat(a.bodyText()).contains("\n\n");
        assertThat(a.bodyHtml()).doesNotContain("<script", "data:image").contains("ketamine-astrocytes-neurosicence");
    }

    @Test
    void readsAVariantWithAuthorArrayTrialLinkAndTrackingParameters() {
        Article a = extractor.extract(Fixtures.text("pages/nn-ptsd-nightmares.html", BASE),
                BASE + "/ptsd-nightmare-rehearsal-29855/");
        assertThat(a.authors()).containsExactly("Priya Raman");
        assertThat(a.summary()).startsWith("Veterans with PTSD who rehearsed a rewritten version");
        assertThat(a.keyFacts()).hasSize(2);
        assertThat(a.citation().title()).isEqualTo(
                "Imagery Rehearsal Therapy for Trauma-Related Nightmares in Veterans: A Randomized Clinical Trial");
        assertThat(a.citation().authors()).isEqualTo("Hannah Whitcombe et al.");
        assertThat(a.citation().journal()).isEqualTo("JAMA Psychiatry");
        assertThat(a.citation().doi()).isEqualTo("10.1001/jamapsychiatry.2026.3391");
        assertThat(a.links().trials()).containsExactly("https://clinicaltrials.gov/study/NCT05512345");
    }

    @Test
    void aPageWithoutMetadataStillYieldsTitleAndText() {
        String html = "<html><head><title>Plain page | Some Lab</title></head><body><div class=menu><a href=/>Home</a>"
                + "</div><div><p>First paragraph of a plain page with enough words in it to count as text.</p>"
                + "<p>Second paragraph, also long enough to be taken as part of the article body.</p></div></body></html>";
        Article a = extractor.extract(html, "https://lab.test/plain");
        assertThat(a.title()).isEqualTo("Plain page");
        assertThat(a.bodyText()).isEqualTo("First paragraph of a plain page with enough words in it to count as text."
                + "\n\nSecond paragraph, also long enough to be taken as part of the article body.");
        assertThat(a.canonicalUrl()).isEqualTo("https://lab.test/plain");
    }

    @Test
    void brokenJsonLdIsAWarningNotAFailure() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                + "</script><meta property=og:title content=\"Fallback title\"></head><body><p>Text.</p></body></html>";
        Article a = extractor.extract(html, "https://x.test/a");
        assertThat(a.title()).isEqualTo("Fallback title");
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("malformed JSON-LD skipped"));
    }

    @Test
    void aPageWithoutRuleOrMetadataYieldsTitleAndTheArticleNotTheChrome() {
        String html = "<html><body><div class=top><a href=/>Home</a> <a href=/news>News</a> <a href=/about>About</a>"
                + "</div><h1>Lithium levels in tap water and mood</h1><div class=layout><div class=col-main>"
                + "<p>Regions whose drinking water carries more natural lithium report somewhat fewer hospital stays "
                + "for mood disorders, a survey of county records suggests.</p>"
                + "<p>The authors, who compared twenty years of data, say the link is modest, could reflect other "
                + "regional differences, and does not show that adding lithium to water would help anyone.</p>"
                + "<ul><li>Twenty years of county hospital data</li><li>A modest, uncontrolled association</li></ul>"
                + "<p>They plan to measure lithium in blood samples from a subset of residents next year. An earlier "
                + "<a href=\"https://pubmed.ncbi.nlm.nih.gov/31234567/\">survey</a> found the same.</p></div>"
                + "<div class=col-side><h3>Most read</h3><ul><li><a href=/a>Story one</a></li><li><a href=/b>Story "
                + "two</a></li><li><a href=/c>Story three</a></li></ul></div></div>"
                + "<div class=bottom><p>© Some Lab. All rights reserved.</p></div></body></html>";
        Article a = extractor.extract(html, "https://lab.test/lithium");
        assertThat(a.title()).isEqualTo("Lithium levels in tap water and mood");
        assertThat(a.details().origins()).containsEntry("title", "h1").doesNotContainKey("site_rule");
        assertThat(a.bodyText()).isEqualTo("Regions whose drinking water carries more natural lithium report somewhat "
                + "fewer hospital stays for mood disorders, a survey of county records suggests.\n\n"
                + "The authors, who compared twenty years of data, say the link is modest, could reflect other regional "
                + "differences, and does not show that adding lithium to water would help anyone.\n\n"
                + "- Twenty years of county hospital data\n\n- A modest, uncontrolled association\n\n"
                + "They plan to measure lithium in blood samples from a subset of residents next year. An earlier "
                + "survey found the same.");
        assertThat(a.links().pubmed()).containsExactly("https://pubmed.ncbi.nlm.nih.gov/31234567/");
        assertThat(a.bodyHtml()).contains("<li>Twenty years of county hospital data</li>").doesNotContain("Most read");
        assertThat(a.summary()).startsWith("Regions whose drinking water");
        assertThat(a.details().origins()).containsEntry("summary", "opening paragraphs");
    }

    @Test
    void aHostilePageIsCutToSizeAndComesOutSanitized() {
        String hostile = "<html><head><title>Hostile page</title>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": [[[</script>"
                + "<script>while(true){}</script></head><body onload=\"steal()\">"
                + "<article><p onclick=\"alert(1)\">An innocent looking first paragraph that carries enough words to "
                + "be taken as article text by the extractor.</p><p>A second paragraph with a "
                + "<a href=\"javascript:alert(2)\">scripted link</a>, an <img src=x onerror=\"alert(3)\"> image "
                + "and <iframe src=\"https://evil.test/\"></iframe> a frame, long enough to count as text too.</p>"
                + "</article>" + "<div>".repeat(4_000_000) + "deep" + "</body></html>";
        assertThat(hostile.length()).isGreaterThan(20_000_000);

        Article a = extractor.extract(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html",
                "https://evil.test/page");

        assertThat(a.title()).isEqualTo("Hostile page");
        assertThat(a.bodyText()).startsWith("An innocent looking first paragraph");
        assertThat(a.bodyHtml()).doesNotContain("<script", "onclick", "onerror", "onload", "javascript:", "<iframe")
                .contains("scripted link");
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("page too large: only the first"))
                .anyMatch(w -> w.startsWith("malformed JSON-LD skipped"));
    }

    @Test
    void citationMetaFillsGapsOnlyForTheSamePaper() {
        String head = "<html><head><meta name=citation_title content=\"A different paper\">"
                + "<meta name=citation_journal_title content=\"Other Journal\"><meta name=citation_doi content=META_DOI>"
                + "</head><body><article><p>Some article text that is long enough to be the body of this page.</p>"
                + "<p><strong>Journal Reference:</strong> Ann Lee, Bo Kim. <strong>Sleep spindles and memory in "
                + "older adults</strong>. <em>Sleep</em>, 2026; DOI: 10.5555/sleep.2026.001</p></article></body></html>";
        Article other = extractor.extract(head.replace("META_DOI", "10.5555/other.2026.002"), "https://x.test/a");
        assertThat(other.citation().journal()).isEqualTo("Sleep");
        assertThat(other.citation().title()).isEqualTo("Sleep spindles and memory in older adults");

        Article none = extractor.extract("<html><head><meta name=citation_title content=\"Only in meta\">"
                + "<meta name=citation_author content=\"Chen, L\"><meta name=citation_author content=\"Diaz, M\">"
                + "<meta name=citation_doi content=\"10.5555/meta.1\"><meta name=citation_publication_date "
                + "content=2026/03/01></head><body><p>Text.</p></body></html>", "https://x.test/b");
        assertThat(none.citation()).isEqualTo(new dev.feedrafter.model.Citation("Chen L, Diaz M", "Only in meta",
                null, 2026, "10.5555/meta.1"));
        assertThat(none.details().origins()).containsEntry("citation", "meta citation_*");
    }
}
