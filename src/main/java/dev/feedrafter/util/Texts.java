package dev.feedrafter.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Small text helpers shared by several stages. */
public final class Texts {
    private Texts() {}

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    public static String squash(String text) {
        if (text == null) {
            return "";
        }
        if (isSquashed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when squashing would not change the text: single spaces only, none at either end. */
    private static boolean isSquashed(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    public static boolean isBlank(String text) {
        return text == null || squash(text).isEmpty();
    }

    /** The first non-blank value, squashed; null when there is none. */
    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return squash(v);
            }
        }
        return null;
    }

    /** An immutable copy without nulls, blanks and duplicates, order kept. */
    public static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String s = squash(v);
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    public static int wordCount(String text) {
        String s = squash(text);
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /** The first {@code maxWords} words of the text, with an ellipsis when cut. */
    public static String firstWords(String text, int maxWords) {
        String s = squash(text);
        if (s.isEmpty() || maxWords <= 0) {
            return "";
        }
        String[] words = s.split(" ");
        if (words.length <= maxWords) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, maxWords)) + " …";
    }

    /** Cuts a string to at most {@code max} characters without splitting a surrogate pair. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    public static String orEmpty(String text) {
        return Objects.requireNonNullElse(text, "");
    }

    /** The candidate closest to {@code word} when it is close enough to be a likely typo, for "did you mean" hints. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit, as typos usually are. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
