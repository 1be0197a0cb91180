package dev.feedrafter.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.config.TopicsConfig;
import dev.feedrafter.model.Relevance;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceMatcherTest {
    private final RelevanceMatcher matcher = new RelevanceMatcher(
            List.of(new ServiceConfig("Ketamine infusion therapy", List.of("ketamine", "Spravato"), "p"),
                    new ServiceConfig("TMS therapy", List.of("transcranial magnetic stimulation", "TMS"), "p")),
            new TopicsConfig(List.of("depression", "PTSD"), List.of("veterinary")));

    @Test
    void matchesWholeWordsAndPhrasesRegardlessOfCase() {
        Relevance r = matcher.match(new MatchText("KETAMINE eases depression", "", "Repetitive Transcranial\n"
                + "Magnetic Stimulation was also tried."));
        assertThat(r.services()).containsExactly("Ketamine infusion therapy", "TMS therapy");
        assertThat(r.topics()).containsExactly("depression");
        assertThat(r.explained()).containsExactly(new Relevance.Match("ketamine", "title", 3),
                new Relevance.Match("transcranial magnetic stimulation", "body", 1),
                new Relevance.Match("depression", "title", 3));
        assertThat(r.isRelevant()).isTrue();
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        Relevance r = matcher.match(new MatchText("Stems and atmospheres", "TMSx and PTSDs", "ketamines? no"));
        assertThat(r.isRelevant()).isFalse();
        assertThat(r.score()).isZero();
    }

    @Test
    void weighsTitleAboveSummaryAboveBody() {
        double title = matcher.match(new MatchText("ketamine", "", "")).score();
        double summary = matcher.match(new MatchText("", "ketamine", "")).score();
        double body = matcher.match(new MatchText("", "", "ketamine")).score();
        assertThat(title).isGreaterThan(summary);
        assertThat(summary).isGreaterThan(body);
        assertThat(matcher.match(new MatchText("ketamine depression", "ketamine depression", "ketamine depression"))
                .score()).isBetween(0.9, 1.0);
    }

    @Test
    void anExcludedTermVetoes() {
        Relevance r = matcher.match(new MatchText("Ketamine in veterinary practice", "", ""));
        assertThat(r.isRelevant()).isFalse();
        assertThat(r.vetoedBy()).isEqualTo("veterinary");
    }
}
