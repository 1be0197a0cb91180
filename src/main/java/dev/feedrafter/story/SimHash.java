package dev.feedrafter.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a text's word pairs: near-identical texts (a press release retold with small edits)
 * get fingerprints a few bits apart, unrelated texts about 32 bits apart. Used to join reports of one study
 * that share no DOI or URL.
 */
public final class SimHash {
    /** Fewer words than this give no fingerprint: too little text to compare safely. */
    static final int MIN_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {}

    /** The fingerprint of the text, or null when it has fewer than {@link #MIN_WORDS} words. */
    public static Long of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return null;
        }
        int[] votes = new int[64];
        for (int i = 0; i + 1 < words.size(); i++) {
            long h = fnv1a(words.get(i) + " " + words.get(i + 1));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static long fnv1a(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }
}
