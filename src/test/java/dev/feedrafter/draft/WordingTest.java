package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headlines, evidence badges and slugs: the words a reader sees first. */
class WordingTest {
    private static Population population(String text) {
        return Population.of(new Article("https://x.test/", null, null, List.of(), null, null, null, null, null,
                null, List.of(), text, "", null, null, null, null, List.of()));
    }

    @Test
    void aHeadlineSaysWhatKindOfStudyAboutWhatAndForWhom() {
        Population fish = population("Zebrafish swam on. Later, mice did the same; the zebrafish again.");
        assertThat(Headline.of("ketamine", "Depression Care", Evidence.ANIMAL, fish, "Source title"))
                .isEqualTo("What a New Ketamine Study in Zebrafish and Mice Means for Depression Care");
        assertThat(Headline.of("esketamine", "Depression Care", Evidence.PREPRINT, fish, "T"))
                .isEqualTo("What an Early Esketamine Study Means for Depression Care");
        assertThat(Headline.of("rTMS", "Depression Care", Evidence.UNKNOWN, fish, "T"))
                .isEqualTo("What New rTMS Research Means for Depression Care");
        assertThat(Headline.of(null, "PTSD Care", Evidence.HUMAN_TRIAL, fish, "T"))
                .isEqualTo("What a New Trial Means for PTSD Care");
        assertThat(Headline.of("TMS", "TMS Therapy", Evidence.IN_VITRO, fish, "T"))
                .isEqualTo("What a New Lab Study Means for TMS Therapy");
        assertThat(Headline.of("esketamine", "Ketamine Infusion Therapy", Evidence.HUMAN_OBSERVATIONAL, fish, "T"))
                .isEqualTo("What a New Esketamine Study Means for Ketamine Infusion Therapy");
        assertThat(Headline.focus(List.of("PTSD"), List.of("Psychotherapy"))).isEqualTo("PTSD Care");
        assertThat(Headline.focus(List.of(), List.of("TMS therapy"))).isEqualTo("TMS Therapy");
        assertThat(Headline.focus(List.of("treatment-resistant depression"), List.of()))
                .isEqualTo("Treatment-Resistant Depression Care");
        assertThat(Headline.titleCase("ketamine-assisted therapy for e-cigarette users"))
                .isEqualTo("Ketamine-Assisted Therapy for E-Cigarette Users");
    }

    @Test
    void theBadgeNamesTheSpeciesOrThePeopleTheArticleNames() {
        assertThat(EvidenceWords.badge(Evidence.ANIMAL, population("In mice and rats, and in zebrafish, and dogs.")))
                .isEqualTo("This was a study in mice, rats and zebrafish; it has not been tested in people. "
                        + "Results in animals often do not carry over to humans.");
        assertThat(EvidenceWords.badge(Evidence.ANIMAL, population("No species named.")))
                .startsWith("This was a study in animals; it has not been tested in people.");
        Population trial = population("A randomized trial of 212 people. In all, 212 veterans were randomly assigned.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, trial))
                .isEqualTo("This was a randomized clinical trial in 212 veterans.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_OBSERVATIONAL, population("We followed 1,204 patients.")))
                .isEqualTo("This was an observational study of 1,204 patients: it shows a link, not that one thing "
                        + "causes another.");
        assertThat(EvidenceWords.badge(Evidence.IN_VITRO, population("Brain organoids grew.")))
                .startsWith("This was a laboratory study of lab-grown organoids, not of people");
        assertThat(EvidenceWords.badge(Evidence.UNKNOWN, trial)).isNull();
    }

    @Test
    void aTrialWithoutAComparisonGroupIsCalledOneAndNeverAnObservationalStudy() {
        Population openLabel = population("An open-label study of ketamine in 40 veterans with PTSD found symptoms "
                + "eased within two weeks. There was no placebo group.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, openLabel))
                .isEqualTo("This was a small trial in 40 veterans without a comparison group: everyone received the "
                        + "treatment, so it cannot show how much of the improvement came from the treatment itself.");
        assertThat(EvidenceWords.studyPhrase(Evidence.HUMAN_TRIAL, openLabel)).isEqualTo("a new small trial in 40 veterans");
        assertThat(EvidenceWords.caution(Evidence.HUMAN_TRIAL, openLabel))
                .startsWith("Without a comparison group, a trial like this cannot separate the treatment's effect")
                .doesNotContain("observed people");
        Population words = population("Forty veterans with PTSD received six ketamine infusions. The open-label "
                + "study had no placebo group.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, words)).startsWith("This was a small trial in 40 veterans "
                + "without a comparison group");
        Population pilot = population("In a pilot study, 30 adults received accelerated TMS.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, pilot)).startsWith("This was a small trial in 30 adults "
                + "without a comparison group");
        Population large = population("In a single-arm trial, 1,250 patients received the drug.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, large)).startsWith("This was a trial in 1,250 patients "
                + "without a comparison group");
        Population shamControlled = population("An open-label extension followed a sham-controlled phase in 60 adults.");
        assertThat(EvidenceWords.badge(Evidence.HUMAN_TRIAL, shamControlled))
                .isEqualTo("This was a clinical trial in 60 adults.");
    }

    @Test
    void theStudyPopulationNamesOnlyTheAnimalsThatWereStudied() {
        Population dogs = population("Veterans with PTSD who had service dogs slept better in a survey of 150 "
                + "participants. Therapy horses and pet cats were not studied.");
        assertThat(dogs.species()).isEmpty();
        assertThat(dogs.participants()).isEqualTo("150 participants");
        assertThat(population("Dogs given the drug trembled less. In 12 horses, it had no effect.").species())
                .containsExactly("dogs", "horses");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ketamine Steadies the Star-Shaped Cells | ketamine-steadies-the-star-shaped-cells",
        "Álvarez-Núñez: Straße, Øre & Æther | alvarez-nunez-strasse-ore-aether",
        "Депрессия и кетамин | depressiya-i-ketamin",
        "Ψυχική υγεία | psychiki-ygeia",
        "../../etc/passwd | etc-passwd",
        "The Sun’s Glare | the-suns-glare",
        "CON | con-post",
        "精神健康 | draft",
        "'' | draft"})
    void slugsAreSafeAsciiFileNames(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
        assertThat(Slugs.isSafe(Slugs.of(title))).isTrue();
    }

    @Test
    void slugsAreCappedAtAWordBoundaryAndOddSlugsAreRefused() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isSafe("../x")).isFalse();
        assertThat(Slugs.isSafe("a/b")).isFalse();
        assertThat(Slugs.isSafe("-a")).isFalse();
        assertThat(Slugs.isSafe("nul")).isFalse();
        assertThat(Slugs.isSafe("fine-slug-2")).isTrue();
    }
}
