package dev.feedrafter.match;

import java.util.List;

/** A {@link MatchText} analyzed once into stems per field, so every rule is checked against the same tokens. */
record AnalyzedText(MatchText raw, List<String> title, List<String> summary, List<String> body) {
    static AnalyzedText of(MatchText text) {
        return new AnalyzedText(text, TextAnalyzer.stems(text.title()), TextAnalyzer.stems(text.summary()),
                TextAnalyzer.stems(text.body()));
    }

    List<String> field(Field f) {
        return switch (f) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case BODY -> body;
            case AUTHOR, URL -> List.of();
        };
    }

    /** The parts of a story a rule can look at, with the weight a match there adds. */
    enum Field {
        TITLE(3), SUMMARY(2), BODY(1), AUTHOR(2), URL(2);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
