package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.Review;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Safety flags, quoted words and copied-text overlap, as an editor sees them in front matter. */
class DraftReviewerTest {
    private final DraftReviewer reviewer = new DraftReviewer(60, 0.35,
            List.of("Our TMS therapy is FDA-cleared for depression.", "Not medical advice."),
            List.of("depression", "PTSD"));

    private static Article source(String summary, String body) {
        return new Article("https://news.test/a", null, "Title", List.of(), null, null, null, null, null, summary,
                List.of(), body, "", null, null, null, null, List.of());
    }

    private List<Flag> flags(String body, Evidence evidence) {
        return reviewer.review("Headline", body, evidence, List.of()).flags();
    }

    @Test
    void flagsOverclaimingWordsButNotTheirDenial() {
        assertThat(flags("This breakthrough is a proven cure.\n\nThere is no cure for PTSD yet.", Evidence.UNKNOWN))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Flag.Kind.OVERCLAIMING);
                    assertThat(f.match()).isEqualTo("breakthrough");
                    assertThat(f.sentence()).isEqualTo("This breakthrough is a proven cure.");
                });
        assertThat(flags("Results are guaranteed. It worked like a miracle.", Evidence.UNKNOWN))
                .extracting(Flag::match).containsExactly("guaranteed", "miracle");
    }

    @Test
    void flagsDosingStatementsWithAnAmountOrSchedule() {
        assertThat(flags("Patients received 0.5 mg/kg of ketamine. Take it twice a day.\n\n"
                + "A small dose of ketamine kept the fish trying.", Evidence.HUMAN_TRIAL))
                .extracting(Flag::kind, Flag::match)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Flag.Kind.DOSING, "0.5 mg/kg"),
                        org.assertj.core.groups.Tuple.tuple(Flag.Kind.DOSING, "twice a day"));
        assertThat(flags("Accelerated TMS gives ten sessions a day for five days.", Evidence.HUMAN_TRIAL))
                .extracting(Flag::match).containsExactly("ten sessions a day");
        assertThat(flags("Ten sessions of TMS eased symptoms.", Evidence.HUMAN_TRIAL)).isEmpty();
    }

    @Test
    void flagsASessionScheduleAlsoWithAWordBeforeTheSessions() {
        // Neuroscience News' key fact on accelerated TMS, quoted in the draft
        assertThat(flags("Ten short sessions a day for five days replaced six weeks of daily visits.",
                Evidence.HUMAN_TRIAL)).extracting(Flag::match).containsExactly("Ten short sessions a day");
        assertThat(flags("Patients had two 20-minute infusions per week.", Evidence.HUMAN_TRIAL))
                .extracting(Flag::match).containsExactly("two 20-minute infusions per week");
        assertThat(flags("They rehearsed it for ten minutes a day.", Evidence.HUMAN_TRIAL)).isEmpty();
    }

    @Test
    void flagsAnimalFindingsPhrasedAsHumanResults() {
        String body = "Ketamine made zebrafish keep trying.\n\nFor individuals battling depression, this could mean "
                + "quicker relief.\n\nIt has not been tested in people.\n\nWhether it helps patients remains to be tested.";
        assertThat(flags(body, Evidence.ANIMAL)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.ANIMAL_AS_HUMAN);
            assertThat(f.match()).isEqualTo("individuals");
        });
        assertThat(flags(body, Evidence.HUMAN_TRIAL)).isEmpty();
    }

    @Test
    void flagsApprovalAndTreatmentClaimsThatMayBeOffLabel() {
        assertThat(flags("Ketamine is FDA-approved for depression. It treats PTSD in days. Some use it off-label.",
                Evidence.UNKNOWN)).extracting(Flag::kind, Flag::match).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.OFF_LABEL, "FDA-approved"),
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.OFF_LABEL, "treats PTSD"),
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.OFF_LABEL, "off-label"));
    }

    @Test
    void theClinicsOwnPitchesAndCreditLinesAreNotFlagged() {
        String body = "**TMS therapy:** Our TMS therapy is FDA-cleared for depression.\n\n## Sources\n\n"
                + "- Outlet: [A breakthrough cure, proven](https://x.test/)\n\n*Not medical advice.*";
        assertThat(flags(body, Evidence.UNKNOWN)).isEmpty();
        assertThat(flags("Our TMS therapy is FDA-cleared for anxiety too.", Evidence.UNKNOWN))
                .extracting(Flag::kind).containsExactly(Flag.Kind.OFF_LABEL);
    }

    @Test
    void measuresQuotedWordsAndCopiedEightWordRuns() {
        String source = "Veterans who rehearsed a rewritten nightmare slept better and reported fewer flashbacks "
                + "than those on a waiting list";
        String ours = "Our team reads new research every week and explains what it could mean for the people we see";
        Review quoted = reviewer.review("H", "> " + source + "\n>\n> — Outlet, “" + source + "”\n\n" + ours,
                Evidence.UNKNOWN, List.of(source(source, "")));
        assertThat(quoted.quotedWords()).isEqualTo(18);
        // the quote's 11 runs of eight words come from the source, our 11 do not; the attribution is credit
        assertThat(quoted.quoteOverlap()).isEqualTo(0.5);
        assertThat(quoted.flags()).extracting(Flag::kind).containsExactly(Flag.Kind.COPIED_TEXT);

        Review own = reviewer.review("H", ours, Evidence.UNKNOWN, List.of(source(source, "")));
        assertThat(own.quoteOverlap()).isZero();
        assertThat(own.flags()).isEmpty();
    }

    @Test
    void copyingIsFoundDespiteCaseQuotesAndPunctuation() {
        String source = "The drug seems to act through astrocytes — star-shaped support cells — rather than neurons.";
        Review r = reviewer.review("H", "the drug SEEMS to act through astrocytes, star shaped support cells, rather "
                + "than neurons", Evidence.UNKNOWN, List.of(source(null, source)));
        assertThat(r.quoteOverlap()).isEqualTo(1.0);
    }

    @Test
    void garbledCharactersAreFlaggedBeforeTheyArePublished() {
        assertThat(flags("At Mind Spa Denver, weâ€™re dedicated to research.\n\nA cafÃ© study. A clean “quote” — fine.",
                Evidence.UNKNOWN)).extracting(Flag::kind, Flag::match).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.GARBLED_TEXT, "â€™"),
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.GARBLED_TEXT, "Ã©"));
    }

    @Test
    void quotingMoreThanTheBudgetIsFlagged() {
        String longQuote = "> " + "word ".repeat(61);
        assertThat(flags(longQuote, Evidence.UNKNOWN)).extracting(Flag::kind, Flag::match).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Flag.Kind.QUOTE_BUDGET, "61 quoted words (at most 60)"));
    }
}
