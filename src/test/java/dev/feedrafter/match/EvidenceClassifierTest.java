package dev.feedrafter.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceClassifierTest {
    private static Article page(String fixture) {
        return new ArticleExtractor().extract(Fixtures.text(fixture, "https://news.test"), "https://news.test/a");
    }

    private static Article text(String title, String summary, String body, Citation citation) {
        return new Article("https://n.test/a", null, title, List.of(), null, null, null, null, null, summary,
                List.of(), body, "", null, null, citation, null, List.of());
    }

    @Test
    void aMouseAndZebrafishStudyIsAnimal() {
        assertThat(EvidenceClassifier.classify(page("pages/nn-ketamine-astrocytes.html"))).isEqualTo(Evidence.ANIMAL);
    }

    @Test
    void aRandomizedShamControlledTrialIsAHumanTrial() {
        assertThat(EvidenceClassifier.classify(page("pages/story/eurekalert-tms.html"))).isEqualTo(Evidence.HUMAN_TRIAL);
        assertThat(EvidenceClassifier.classify(page("pages/nn-ptsd-nightmares.html"))).isEqualTo(Evidence.HUMAN_TRIAL);
    }

    @Test
    void otherKindsOfEvidence() {
        assertThat(EvidenceClassifier.classify(text("Brain organoids grown from stem cells respond to ketamine",
                "Lab-grown organoids showed new synapses.", "", Citation.NONE))).isEqualTo(Evidence.IN_VITRO);
        assertThat(EvidenceClassifier.classify(text("Loneliness tracks with depression in older adults",
                "A survey of 12,000 participants in a national cohort.", "", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_OBSERVATIONAL);
        assertThat(EvidenceClassifier.classify(text("Exercise helps depression", "A meta-analysis of 41 trials.",
                "Randomized trials were pooled.", Citation.NONE))).isEqualTo(Evidence.REVIEW);
        assertThat(EvidenceClassifier.classify(text("Psilocybin and mood", "The study, posted on medRxiv, has not "
                + "yet been peer-reviewed.", "Randomized participants.", Citation.NONE))).isEqualTo(Evidence.PREPRINT);
        assertThat(EvidenceClassifier.classify(text("Mood study", "", "",
                new Citation(null, null, null, null, "10.1101/2026.03.14.123456")))).isEqualTo(Evidence.PREPRINT);
        assertThat(EvidenceClassifier.classify(text("A new idea about mood", "Scientists propose a theory.", "",
                Citation.NONE))).isEqualTo(Evidence.UNKNOWN);
    }

    @Test
    void aMouseStudyThatMentionsPatientsStaysAnimal() {
        assertThat(EvidenceClassifier.classify(text("Ketamine restores synapses in stressed mice",
                "In mice, a single dose rebuilt connections.", "The authors hope the work helps patients. Patients "
                        + "with depression and patients with PTSD may one day benefit, patients say.", Citation.NONE)))
                .isEqualTo(Evidence.ANIMAL);
    }

    @Test
    void animalsThatAreTheTreatmentOrTheSettingMakeNoAnimalStudy() {
        assertThat(EvidenceClassifier.classify(text("PTSD service dogs help veterans sleep",
                "Veterans with PTSD who had service dogs slept better in a survey of 150 participants. They also "
                        + "reported less anxiety.", "Veterans with PTSD who had service dogs slept better in a survey "
                        + "of 150 participants.\n\nThey also reported less anxiety.", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_OBSERVATIONAL);
        assertThat(EvidenceClassifier.classify(text("Horses help veterans heal",
                "In equine therapy, 60 veterans groomed and led therapy horses; participants reported fewer symptoms.",
                "Veterans spent an hour a week with the horses. Many brought their dogs along.", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_OBSERVATIONAL);
        assertThat(EvidenceClassifier.classify(text("Dog ownership and loneliness",
                "A survey of 2,000 adults found that dog owners felt less lonely than people without pets.", "",
                Citation.NONE))).isEqualTo(Evidence.HUMAN_OBSERVATIONAL);
    }

    @Test
    void animalsThatAreStudiedStillMakeAnAnimalStudy() {
        assertThat(EvidenceClassifier.classify(text("Calming drug helps anxious dogs",
                "In 40 dogs with noise anxiety, the drug cut trembling; dogs given a placebo did not improve.", "",
                Citation.NONE))).isEqualTo(Evidence.ANIMAL);
        assertThat(EvidenceClassifier.classify(text("Honeybees use polarized light to navigate",
                "Honeybees combine polarized light and landmarks to find their way home.", "", Citation.NONE)))
                .isEqualTo(Evidence.ANIMAL);
        assertThat(EvidenceClassifier.classify(text("Ketamine and stress",
                "Mice lacking the receptor did not respond to ketamine.", "", Citation.NONE)))
                .isEqualTo(Evidence.ANIMAL);
    }

    @Test
    void aStudyThatGivesPeopleATreatmentIsATrialEvenWithoutAComparisonGroup() {
        assertThat(EvidenceClassifier.classify(text("Ketamine for PTSD",
                "An open-label study of ketamine in 40 veterans found symptoms eased within two weeks.",
                "There was no placebo group. Participants were followed for three months.", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_TRIAL);
        assertThat(EvidenceClassifier.classify(text("Faster TMS for depression",
                "30 adults received accelerated TMS, and most participants reached remission.", "", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_TRIAL);
        assertThat(EvidenceClassifier.classify(text("Ketamine clinic study",
                "Forty veterans with PTSD received six ketamine infusions; symptoms eased within two weeks.",
                "Researchers followed participants for three months.", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_TRIAL);
        assertThat(EvidenceClassifier.classify(text("A pilot study of TMS in teens",
                "Adolescents with depression were treated with ten sessions of TMS.", "", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_TRIAL);
    }

    @Test
    void peopleWhoHadATreatmentElsewhereAreObservedNotTrialled() {
        assertThat(EvidenceClassifier.classify(text("Ketamine clinics and suicidal thoughts",
                "A retrospective chart review of 400 patients who received ketamine infusions at community clinics.",
                "Patients who received six or more infusions reported fewer suicidal thoughts.", Citation.NONE)))
                .isEqualTo(Evidence.HUMAN_OBSERVATIONAL);
    }
}
