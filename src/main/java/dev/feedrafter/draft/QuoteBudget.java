package dev.feedrafter.draft;

import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Spends the draft's budget of verbatim words ({@code drafts.quote_max_words}): the source's summary first,
 * then whole key facts while words remain. What is returned is all the draft may quote.
 */
record QuoteBudget(String summary, List<String> keyFacts) {
    static QuoteBudget spend(String summary, List<String> keyFacts, int maxWords) {
        int left = maxWords;
        String quote = null;
        if (summary != null && !summary.isBlank() && left > 0) {
            quote = Texts.firstWords(summary, left);
            left -= Math.min(left, MarkdownProse.words(summary));
        }
        List<String> facts = new ArrayList<>();
        for (String fact : keyFacts) {
            int words = MarkdownProse.words(fact);
            if (words > left) {
                break;
            }
            facts.add(Texts.squash(fact));
            left -= words;
        }
        return new QuoteBudget(quote, List.copyOf(facts));
    }
}
