package dev.feedrafter.extract.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoresOnly() {
        assertThat(ShingleMetric.tokens("Don’t stop—at 3.5 mg, café_au lait! 🧠 naïve\u200Bword عَرَبي"))
                .containsExactly("Don", "t", "stop", "at", "3", "5", "mg", "café_au", "lait", "naïve", "word", "ع",
                        "ر", "بي");
    }

    @Test
    void shorterTextsAreOneShingleAndLongerOnesOverlapByThree() {
        assertThat(ShingleMetric.shingles(List.of("a", "b"))).containsOnlyKeys(List.of(List.of("a", "b")));
        assertThat(ShingleMetric.shingles(List.of())).isEmpty();
        assertThat(ShingleMetric.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d")))
                .containsEntry(List.of("a", "b", "c", "d"), 2).hasSize(4);
    }

    @Test
    void precisionAndRecallComeFromTheNormalisedTriple() {
        // truth: 7 tokens -> 4 shingles; prediction adds 2 tokens at the end -> 6 shingles, 4 shared
        ShingleMetric.Page page = ShingleMetric.page("one two three four five six seven",
                "one two three four five six seven eight nine");
        assertThat(page.tp()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(page.fp()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(page.precision()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(page.recall()).isEqualTo(1.0);
        assertThat(page.exact()).isFalse();
    }

    @Test
    void averagesAreMacroAndAnEmptyPredictionOnlyCostsRecall() {
        ShingleMetric.Page perfect = ShingleMetric.page("a b c d e", "a b c d e");
        ShingleMetric.Page empty = ShingleMetric.page("a b c d e", "");
        ShingleMetric.Result r = ShingleMetric.aggregate(List.of(perfect, empty));
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
        assertThat(r.accuracy()).isEqualTo(0.5);
    }
}
