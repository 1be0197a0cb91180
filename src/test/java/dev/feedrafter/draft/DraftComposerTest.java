package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftComposerTest {
    private static final ClinicConfig CLINIC = new ClinicConfig("Mind Spa Denver", "Denver, CO",
            URI.create("https://example-clinic.test"), URI.create("https://example-clinic.test/contact"),
            "Not medical advice.", List.of(new ServiceConfig("TMS therapy", List.of("TMS"), "We offer TMS.")));
    private static final Relevance TMS = new Relevance(0.7, List.of("TMS therapy"), List.of("depression"),
            List.of(new Relevance.Match("TMS", "title", 3)), null);
    private final DraftComposer composer = new DraftComposer(DraftTemplate.builtIn(DraftTemplate.Kind.BODY),
            DraftReviewer.withDefaults());

    private static Article article(String title, String summary, Citation citation) {
        return new Article("https://news.test/a", null, title, List.of("Ann Writer"), Instant.parse("2026-11-01T10:00:00Z"),
                null, "News Site", "en", null, summary, List.of("First fact in few words.", "Second fact, also short."),
                "Body.", "<p>Body.</p>", new Image("https://news.test/i.jpg", null, "Photo credit: Lab"), null,
                citation, null, List.of());
    }

    private static DraftInput input(Article a, Source s, Relevance relevance, Evidence evidence, int quoteMax) {
        return new DraftInput(CLINIC, a, s, List.of(s), relevance, evidence, a.citation(), quoteMax);
    }

    @Test
    void writesEveryPartOfTheDefaultDraft() {
        Article a = article("TMS Eases Depression", "Magnetic pulses eased depression in a trial of 120 adults.",
                new Citation("Doe J, Roe R", "A trial of TMS", "Brain Stimulation", 2026, "10.1016/j.brs.2026.01.002"));
        Source s = new Source("News Site", "TMS Eases Depression", "https://news.test/a", "Ann Writer",
                LocalDate.of(2026, 11, 1));
        ComposedDraft d = composer.compose(input(a, s, TMS, Evidence.HUMAN_TRIAL, 60));
        assertThat(d.meta().title()).isEqualTo("What a New TMS Trial Means for Depression Care")
                .isNotEqualTo(s.title());
        assertThat(d.meta().slug()).isEqualTo("tms-eases-depression");
        assertThat(d.bodyMarkdown())
                .startsWith("# What a New TMS Trial Means for Depression Care\n")
                .contains("At Mind Spa Denver in Denver, CO")
                .contains("News Site recently reported on a new clinical trial in 120 adults about TMS and depression, "
                        + "published in *Brain Stimulation*.")
                .contains("## What the researchers found")
                .contains("> Magnetic pulses eased depression in a trial of 120 adults.\n>\n> - First fact in few words.")
                .contains("> — News Site, “TMS Eases Depression”")
                .contains("**What kind of study this was:** This was a clinical trial in 120 adults.")
                .contains("## What this could mean\n\nA single trial is an important step")
                .contains("**TMS therapy:** We offer TMS.")
                .contains("whether TMS therapy is right for you")
                .contains("[contact Mind Spa Denver](https://example-clinic.test/contact)")
                .contains("- News Site: [TMS Eases Depression](https://news.test/a), by Ann Writer, November 1, 2026.")
                .contains("- Original research: Doe J, Roe R. A trial of TMS. *Brain Stimulation*. 2026. "
                        + "doi:[10.1016/j.brs.2026.01.002](https://doi.org/10.1016/j.brs.2026.01.002)")
                .contains("*Image credit: Lab*")
                .endsWith("*Not medical advice.*\n");
    }

    @Test
    void aPaperKnownOnlyByItsDoiAndYearIsCitedByItsDoiAndAnInstitutionReadsInASentence() {
        Article a = article("TMS Eases Depression", "Magnetic pulses eased depression.",
                new Citation(null, null, null, 2026, "10.1016/j.brs.2026.01.002"));
        a = new Article(a.url(), null, a.title(), a.authors(), a.published(), null, a.siteName(), "en", null,
                a.summary(), a.keyFacts(), a.bodyText(), a.bodyHtml(), a.image(), "University of Colorado",
                a.citation(), null, List.of());
        Source s = new Source("News Site", "TMS Eases Depression", "https://news.test/a", null, null);
        String body = composer.compose(input(a, s, TMS, Evidence.HUMAN_TRIAL, 60)).bodyMarkdown();
        assertThat(body).contains("- Original research: doi:[10.1016/j.brs.2026.01.002]"
                        + "(https://doi.org/10.1016/j.brs.2026.01.002), published 2026.\n")
                .doesNotContain("Original research: 2026")
                .contains("The work comes from the University of Colorado.");
        assertThat(InstitutionName.inSentence("Stanford University")).isEqualTo("Stanford University");
        assertThat(InstitutionName.inSentence("Salk Institute")).isEqualTo("the Salk Institute");
        assertThat(InstitutionName.inSentence("The Ohio State University")).isEqualTo("The Ohio State University");
    }

    @Test
    void asterisksAndUnderscoresOfASourceStayTextAndMakeNoEmphasis() {
        Article a = article("Ketamine *works* in _some_ people", "Magnetic pulses eased depression.", Citation.NONE);
        Source s = new Source("News Site", "Ketamine *works* in _some_ people", "https://news.test/a",
                "Jane **Bold** Writer", null);
        String body = composer.compose(input(a, s, TMS, Evidence.HUMAN_TRIAL, 60)).bodyMarkdown();
        assertThat(body).contains("[Ketamine \\*works\\* in \\_some\\_ people](https://news.test/a), by Jane "
                + "\\*\\*Bold\\*\\* Writer.");
        assertThat(MarkdownText.escape("a snake_case name ~ 2 ~~ 3")).isEqualTo("a snake_case name \\~ 2 \\~\\~ 3");
    }

    @Test
    void absentValuesLeaveNoGapsAndNeverBorrowOtherFields() {
        Article a = new Article("https://news.test/a", null, null, List.of(), null, null, null, null, null, null,
                List.of(), "", "", null, null, Citation.NONE, null, List.of());
        Source s = new Source("News Site", null, "https://news.test/a", null, null);
        ComposedDraft d = composer.compose(input(a, s, TMS, Evidence.UNKNOWN, 60));
        assertThat(d.bodyMarkdown()).contains("- News Site: <https://news.test/a>.\n")
                .contains("News Site recently reported on new research about TMS and depression. Here is")
                .doesNotContain("Original research", "null", "What kind of study", "In the words of", "Image credit",
                        "> —", "](https://news.test/a)");
        assertThat(d.meta().research()).isNull();
        assertThat(d.meta().image()).isNull();
    }

    @Test
    void anImportThatMatchedNothingIsHeadedByItsTopicNotByAGuess() {
        Article a = article("Honeybees Use the Sun’s Glare", "Bees judge distance by glare.", Citation.NONE);
        Source s = new Source("News Site", a.title(), a.url(), null, null);
        ComposedDraft d = composer.compose(input(a, s, new Relevance(0, List.of(), List.of(), List.of(), null),
                Evidence.ANIMAL, 60));
        assertThat(d.meta().title()).isEqualTo("New Research: Honeybees Use the Sun’s Glare");
        assertThat(d.bodyMarkdown()).contains("This was a study in bees; it has not been tested in people.")
                .contains("whether treatment is right for you");
    }

    @Test
    void quotesNoMoreThanTheBudgetAndSaysHowMuchItQuoted() {
        String longSummary = "one two three four five six seven eight nine ten eleven twelve";
        ComposedDraft d = composer.compose(input(article("T", longSummary, Citation.NONE),
                new Source("N", "T", "https://n.test/", null, null), TMS, Evidence.UNKNOWN, 5));
        assertThat(d.bodyMarkdown()).contains("> one two three four five …").doesNotContain("six", "First fact");
        assertThat(d.meta().review().quotedWords()).isEqualTo(5);
        assertThat(d.meta().review().quoteOverlap()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void researchAuthorsAsThePageWritesThemAreCitedInAmaStyle() {
        Article a = article("TMS Eases Depression", "Magnetic pulses eased depression.",
                new Citation("Lena Ortiz et al.", "A trial of TMS", "Brain Stimulation", 2026, "10.1016/j.brs.2026.01.002"));
        Source s = new Source("News Site", "TMS Eases Depression", "https://news.test/a", null, LocalDate.of(2026, 11, 1));
        ComposedDraft d = composer.compose(input(a, s, TMS, Evidence.HUMAN_TRIAL, 60));
        assertThat(d.meta().research().authors()).isEqualTo("Ortiz L, et al.");
        assertThat(d.bodyMarkdown()).contains("- Original research: Ortiz L, et al. A trial of TMS. *Brain Stimulation*.");
    }

    @Test
    void theHeadlineAndIntroFollowTheTopicTheStoryIsMostAbout() {
        Relevance anxietyMost = new Relevance(0.8, List.of(), List.of("depression", "anxiety"),
                List.of(new Relevance.Match("depression", "body", 1), new Relevance.Match("anxiety", "title", 3),
                        new Relevance.Match("anxiety", "summary", 2)), null);
        Article a = article("One dose of psilocybin eases anxiety in people with cancer",
                "A single supervised dose eased anxiety for six months in 96 adults.", Citation.NONE);
        Source s = new Source("Medical Xpress", a.title(), "https://news.test/a", null, LocalDate.of(2026, 11, 1));
        ComposedDraft d = composer.compose(input(a, s, anxietyMost, Evidence.HUMAN_TRIAL, 60));
        assertThat(d.meta().title()).isEqualTo("What a New Trial Means for Anxiety Care");
        assertThat(d.meta().topics()).containsExactly("anxiety", "depression");
        assertThat(d.bodyMarkdown()).contains("about anxiety").doesNotContain("about depression");
    }

    @Test
    void whoWasStudiedComesFromAnyOutletWhenTheLeadDoesNotSay() {
        Article lead = article("A Week of Magnetic Pulses Lifts Stubborn Depression",
                "A one-week course of TMS eased depression in a randomized trial with a sham control group.",
                Citation.NONE);
        Article release = article("Accelerated TMS brings rapid relief",
                "The trial enrolled 96 adults with treatment-resistant depression at three clinics.", Citation.NONE);
        Source s = new Source("Neuroscience News", lead.title(), "https://news.test/a", null, LocalDate.of(2026, 11, 18));
        Source r = new Source("EurekAlert!", release.title(), "https://news.test/b", null, LocalDate.of(2026, 11, 16));
        ComposedDraft d = composer.compose(new DraftInput(CLINIC, lead, s, List.of(s, r), List.of(lead, release), TMS,
                Evidence.HUMAN_TRIAL, Citation.NONE, 60));
        assertThat(d.bodyMarkdown()).contains("a new randomized clinical trial in 96 adults about TMS");
    }

    @Test
    void theHeadlineNamesTheTermTheStoryIsMostAbout() {
        Relevance tms = new Relevance(0.97, List.of("TMS therapy"), List.of("depression"),
                List.of(new Relevance.Match("transcranial magnetic stimulation", "body", 1),
                        new Relevance.Match("TMS", "title", 3), new Relevance.Match("TMS", "body", 1),
                        new Relevance.Match("depression", "title", 3)), null);
        Article a = article("A Week of TMS Lifts Stubborn Depression", "Magnetic pulses eased depression.", Citation.NONE);
        Source s = new Source("Neuroscience News", a.title(), "https://news.test/a", null, LocalDate.of(2026, 11, 18));
        ComposedDraft d = composer.compose(input(a, s, tms, Evidence.HUMAN_TRIAL, 60));
        assertThat(d.meta().title()).isEqualTo("What a New TMS Trial Means for Depression Care");
        assertThat(d.bodyMarkdown()).contains("about TMS and depression");
    }

    @Test
    void aStoryThatMatchedNothingIsNotSaidToBeAboutMentalHealth() {
        Relevance none = new Relevance(0, List.of(), List.of(), List.of(), null);
        Article a = article("Hot Jupiter found drifting toward its star", "Astronomers timed a planet's transits.",
                Citation.NONE);
        Source s = new Source("ScienceDaily", a.title(), "https://news.test/a", null, LocalDate.of(2026, 11, 22));
        ComposedDraft d = composer.compose(input(a, s, none, Evidence.UNKNOWN, 60));
        assertThat(d.meta().title()).isEqualTo("New Research: Hot Jupiter found drifting toward its star");
        assertThat(d.bodyMarkdown()).contains("ScienceDaily recently reported on new research.")
                .doesNotContain("mental health");
    }

    @Test
    void narrowedRulesReadAsWordsInTheHeadline() {
        Relevance rules = new Relevance(0.9, List.of("Ketamine infusion therapy"), List.of("title:depression"),
                List.of(new Relevance.Match("url:psypost.org", "url", 2), new Relevance.Match("/p(s|h)ilocybin/", "body", 5),
                        new Relevance.Match("title:ketamine", "title", 3),
                        new Relevance.Match("title:depression", "title", 3)), null);
        Article a = article("Ketamine quiets rumination in depression", "Ketamine eased rumination.", Citation.NONE);
        Source s = new Source("PsyPost", a.title(), "https://news.test/a", null, LocalDate.of(2026, 11, 23));
        ComposedDraft d = composer.compose(input(a, s, rules, Evidence.HUMAN_TRIAL, 60));
        assertThat(d.meta().title()).isEqualTo("What a New Ketamine Trial Means for Depression Care");
        assertThat(d.bodyMarkdown()).contains("about ketamine and depression").doesNotContain("url:")
                .doesNotContain("title:");
    }
}
