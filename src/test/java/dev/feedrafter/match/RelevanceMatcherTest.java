package dev.feedrafter.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static RelevanceMatcher with(List<String> keywords, List<String> include, double min) {
        return new RelevanceMatcher(List.of(new ServiceConfig("S", keywords, "p")),
                new TopicsConfig(include, List.of(), min));
    }

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
    void matchesPossessivesAndInflectedFormsByStem() {
        Relevance r = matcher.match(new MatchText("Ketamine's effect on depressive symptoms", "",
                "Repeated transcranial magnetic stimulations were given."));
        assertThat(r.explained()).extracting(m -> m.term() + "@" + m.field()).containsExactly("ketamine@title",
                "transcranial magnetic stimulation@body", "depression@title");
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        Relevance r = matcher.match(new MatchText("Stems and atmospheres", "TMSx and PTSDs", "Ketaminergic? no"));
        assertThat(r.services()).isEmpty();
        assertThat(r.explained()).extracting(Relevance.Match::term).doesNotContain("ketamine", "TMS");
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
        assertThat(matcher.accepts(r)).isFalse();
    }

    @Test
    void fieldScopedAndRegexRulesMatchOnlyWhereTheySay() {
        RelevanceMatcher m = with(List.of("title:ketamine", "author:Ahrens", "url:psypost.org", "/psil?ocybin/"),
                List.of(), 0);
        assertThat(m.match(new MatchText("Other", "", "ketamine in the body only")).services()).isEmpty();
        assertThat(m.match(new MatchText("Ketamine trial", "", "")).explained())
                .containsExactly(new Relevance.Match("title:ketamine", "title", 3));
        assertThat(m.match(new MatchText("x", "", "", List.of("Misha B. Ahrens"), "")).explained())
                .containsExactly(new Relevance.Match("author:Ahrens", "author", 2));
        assertThat(m.match(new MatchText("x", "", "", List.of(), "https://www.psypost.org/a")).explained())
                .containsExactly(new Relevance.Match("url:psypost.org", "url", 2));
        assertThat(m.match(new MatchText("x", "", "A PSILOCYBIN study")).explained())
                .containsExactly(new Relevance.Match("/psil?ocybin/", "body", 1));
    }

    @Test
    void minRelevanceRaisesTheBar() {
        RelevanceMatcher strict = with(List.of("ketamine"), List.of(), 0.5);
        assertThat(strict.accepts(strict.match(new MatchText("", "", "ketamine once in the body")))).isFalse();
        assertThat(strict.accepts(strict.match(new MatchText("Ketamine news", "", "")))).isTrue();
    }

    @Test
    void aBadRuleIsRefusedWithAReason() {
        assertThat(RuleSyntax.problem("/[unclosed/")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("not a valid regular expression"));
        assertThat(RuleSyntax.problem("author:")).isPresent();
        assertThat(RuleSyntax.problem("title:ketamine")).isEmpty();
        assertThatThrownBy(() -> with(List.of("/(/"), List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
