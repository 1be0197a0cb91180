package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Variants that research-news sites really print, beyond the golden pairs: one fixture page each. */
class SiteVariantsTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String name, String url) {
        return extractor.extract(Fixtures.text("pages/" + name + ".html").getBytes(StandardCharsets.UTF_8),
                "text/html; charset=UTF-8", url);
    }

    @Test
    void neuroscienceNewsCreditPhraseIsKeptWhole() {
        Article a = page("nn-sleep-spindles", "https://neurosciencenews.com/sleep-spindles-memory-aging-30112/");
        assertThat(a.image().credit()).isEqualTo("The image is credited to Neuroscience News");
        assertThat(a.sourceInstitution()).isEqualTo("Lakeside University");
        assertThat(a.citation()).isEqualTo(new Citation("Renata Oyelaran, Wei-Lin Park, Jonas Ekdahl and Marta Quiroga",
                "Closed-loop acoustic stimulation boosts sleep spindles and overnight memory in older adults",
                "Journal of Neuroscience", null, "10.1523/JNEUROSCI.0412-26.2026"));
        assertThat(a.bodyText()).startsWith("Memory often falters with age")
                .endsWith("not yet available outside the lab.")
                .doesNotContain("Closed access", "Abstract", "Share this", "image is credited");
        assertThat(a.details().about()).contains("Original Research: Closed access.")
                .doesNotContain("Share this", "Naps Help Toddlers");
    }

    @Test
    void scienceDailySourceLeavesOutTheWriterAndCitationIsTheFirstReference() {
        Article a = page("sciencedaily-gut-anxiety", "https://www.sciencedaily.com/releases/2026/11/261125090011.htm");
        assertThat(a.sourceInstitution()).isEqualTo("University of Eastbridge");
        assertThat(a.citation()).isEqualTo(new Citation("Hana Yoshida, Carlos Mendes, Ingrid Solberg",
                "Microbial tryptophan metabolites regulate anxiety-like behaviour through the vagus nerve",
                "Cell Host & Microbe", 2026, "10.1016/j.chom.2026.10.004"));
        assertThat(a.links().doi()).containsExactly("https://doi.org/10.1016/j.chom.2026.10.004",
                "https://doi.org/10.1038/s41597-025-04411-8");
        assertThat(a.bodyText()).startsWith("Mice raised without gut bacteria")
                .doesNotContain("Original written by", "Journal References", "Cite This Page");
    }

    @Test
    void medicalXpressWithTwoPapersCitesTheFirstOnly() {
        Article a = page("medicalxpress-loneliness-two-papers",
                "https://medicalxpress.com/news/2026-11-loneliness-linked-faster-brain-aging.html");
        assertThat(a.citation()).isEqualTo(new Citation("Farida Mensah et al.",
                "Loneliness and MRI-derived brain age in two population cohorts", "Nature Mental Health", 2026,
                "10.1038/s44220-026-00512-3"));
        assertThat(a.image().credit()).isEqualTo("Credit: Pixabay/CC0 Public Domain");
        assertThat(a.sourceInstitution()).isEqualTo("Mount Hollis University");
        assertThat(a.bodyText()).doesNotContain("More information", "Provided by", "Pixabay");
    }

    @Test
    void psyPostStudySentenceMayNameTheJournalBeforeTheAuthors() {
        Article a = page("psypost-gratitude-sleep", "https://www.psypost.org/writing-three-good-things-shift-workers-sleep/");
        assertThat(a.citation()).isEqualTo(new Citation("Ana Ribeiro and Tomás Ferreira",
                "Daily gratitude writing and sleep quality in shift workers: a randomized trial",
                "Psychological Science", null, "10.1177/09567976261234567"));
        assertThat(a.summary()).startsWith("A short gratitude exercise");
        assertThat(a.bodyText()).doesNotContain("Related Posts", "was authored by");
    }

    @Test
    void journalPageTitleLosesTheSiteNamePrefixAndLazyFigureStandsInForAnUnsafeOgImage() {
        Article a = page("frontiers-psilocybin-alcohol",
                "https://www.frontiersin.org/journals/psychiatry/articles/10.3389/fpsyt.2026.1502231/full");
        assertThat(a.title()).isEqualTo("Psilocybin-assisted therapy for alcohol use disorder: a randomized trial");
        assertThat(a.authors()).containsExactly("Élise Moreau", "Pieter van der Berg", "Siobhán O'Neill");
        assertThat(a.citation()).isEqualTo(new Citation("Moreau É, van der Berg P, O'Neill S",
                "Psilocybin-assisted therapy for alcohol use disorder: a randomized trial", "Frontiers in Psychiatry",
                2026, "10.3389/fpsyt.2026.1502231"));
        assertThat(a.image().url()).isEqualTo("https://www.frontiersin.org/files/Articles/1502231/"
                + "fpsyt-17-1502231-HTML/image_m/fpsyt-17-1502231-g001.jpg");
        assertThat(a.image().alt()).isEqualTo("Figure 1");
    }

    @Test
    void markupInMetaTitleIsDroppedAndWindows1252MislabelledAsUtf8IsReadAsUnicode() throws Exception {
        byte[] bytes = Fixtures.class.getResourceAsStream("/fixtures/pages/windows-1252-hostile-title.html")
                .readAllBytes();
        Article a = extractor.extract(bytes, "text/html; charset=utf-8", "https://mindmatters.example/2026/11/night-shifts/");
        assertThat(a.title()).isEqualTo("Café workers’ night shifts linked to “mood dips”");
        assertThat(a.authors()).containsExactly("Renée López");
        assertThat(a.description()).isEqualTo("Night work – and the meals that come with it & less daylight.");
        assertThat(a.bodyText()).contains("naïve explanation – that night owls", "€ more per shift")
                .doesNotContain("â€", "Ã", "\uFFFD");
    }

    @Test
    void preprintPageWithoutSummaryOpensWithItsAbstractNotTheHeading() {
        Article a = page("biorxiv-astrocyte-ketamine",
                "https://www.biorxiv.org/content/10.1101/2026.11.17.688210v1.full");
        assertThat(a.summary()).startsWith("Ketamine relieves depressive behaviour within hours");
        assertThat(a.authors()).containsExactly("Chidi A. Okonkwo", "Elin Lindqvist", "Tendai J. Mbeki-Hart",
                "Giulia Rossi");
        assertThat(a.citation()).isEqualTo(new Citation("Okonkwo CA, Lindqvist E, Mbeki-Hart TJ, Rossi G",
                "Astrocytic calcium waves gate the antidepressant response to ketamine in mice", "bioRxiv", 2026,
                "10.1101/2026.11.17.688210"));
    }

    @Test
    void olderNeuroscienceNewsCitationWithADoiLineHasNoYearTakenFromTheDoi() {
        Article a = page("nn-doi-as-text", "https://neurosciencenews.com/hippocampal-replay-relapse-1/");
        assertThat(a.citation()).isEqualTo(new Citation("Mira Sato, Daniel Ortega, Lucy Amadi",
                "Hippocampal replay predicts relapse in alcohol use disorder", "Neuron", null,
                "10.1016/j.neuron.2026.10.012"));
    }

    @Test
    void medicalXpressCitationWithTwoNamedAuthorsAndCommasInTheTitle() {
        Article a = page("medicalxpress-two-authors", "https://medicalxpress.com/news/2026-11-psilocybin-review.html");
        assertThat(a.citation()).isEqualTo(new Citation("Nadia Okoro and Paul Weiss",
                "Psilocybin, anxiety and end-of-life care: a review", "The Lancet Psychiatry", 2026,
                "10.1016/S2215-0366(26)00321-4"));
    }

    @Test
    void oneDoiLinkedInTwoLetterCasesIsListedOnce() {
        Article a = page("research-links", "https://moodscience.example/lithium-water/");
        assertThat(a.links().doi()).containsExactly("https://doi.org/10.1016/J.JAD.2026.11.201");
        assertThat(a.links().pubmed()).containsExactly("https://pubmed.ncbi.nlm.nih.gov/39912345/");
        assertThat(a.links().trials()).containsExactly("https://clinicaltrials.gov/study/NCT05123456",
                "https://www.isrctn.com/ISRCTN12345678");
    }

    @Test
    void republishedBylineNamesThePeopleNotTheirDegreesOrTheOutlet() {
        Article a = page("medicalxpress-conversation-byline", "https://medicalxpress.com/news/2026-11-people-day.html");
        assertThat(a.authors()).containsExactly("Ana Ribeiro", "Tomás Ferreira", "Li Wei");
    }

    @Test
    void genericPageDropsNewsletterBoxAndReadMoreLinesFromTheText() {
        Article a = page("blog-newsletter-read-more", "https://sleeplab.example/blog/blue-light");
        assertThat(a.bodyText()).startsWith("Screens are often blamed for poor sleep")
                .endsWith("rather than relying on blue-light glasses.")
                .contains("Field studies found that what people do on screens")
                .doesNotContain("newsletter", "inbox", "Read more", "napping", "Caffeine", "Share on", "Great post");
        assertThat(a.authors()).containsExactly("Jo Park");
    }

    @Test
    void neuroscienceNewsImageLineInThePublicDomainIsTheCredit() {
        Article a = page("nn-image-public-domain", "https://neurosciencenews.com/sleep-spindles-memory-aging-30112/");
        assertThat(a.image().credit()).isEqualTo("The image is in the public domain");
        assertThat(a.bodyText()).doesNotContain("public domain");
    }
}
