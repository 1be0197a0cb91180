package dev.feedrafter.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of a draft is copied word for word from its sources: the share of the draft's runs of
 * {@value #RUN} consecutive words that also occur in a source. Words are compared case-insensitively,
 * without punctuation, with curly and straight quotes alike, so light re-punctuation does not hide a copy.
 */
final class QuoteOverlap {
    static final int RUN = 8;

    private QuoteOverlap() {}

    /** A share from 0 to 1; 0 when the draft has fewer than {@value #RUN} words. */
    static double measure(List<String> draftTexts, List<String> sourceTexts) {
        Set<String> sourceRuns = new HashSet<>();
        for (String text : sourceTexts) {
            sourceRuns.addAll(runs(text));
        }
        int total = 0;
        int copied = 0;
        for (String text : draftTexts) {
            for (String run : runs(text)) {
                total++;
                if (sourceRuns.contains(run)) {
                    copied++;
                }
            }
        }
        return total == 0 ? 0 : (double) copied / total;
    }

    private static List<String> runs(String text) {
        String[] words = words(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + RUN)));
        }
        return out;
    }

    static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[’‘`´]", "'").replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replaceAll("(^|\\s)'+|'+(\\s|$)", " ")
                .strip();
        return plain.isEmpty() ? new String[0] : plain.split("\\s+");
    }
}
