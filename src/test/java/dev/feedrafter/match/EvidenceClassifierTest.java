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
}
