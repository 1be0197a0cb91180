package dev.feedrafter.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the word stems that matching compares: Lucene's English analyzer lower-cases, drops
 * possessives ("ketamine's") and reduces inflected forms to one stem ("depressive", "depression" → "depress";
 * "stimulations" → "stimul"). Stop words are kept, so phrases match word for word. Thread-safe.
 */
final class TextAnalyzer {
    private static final Analyzer ENGLISH = new EnglishAnalyzer(CharArraySet.EMPTY_SET);

    private TextAnalyzer() {}

    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream tokens = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return out;
    }
}
