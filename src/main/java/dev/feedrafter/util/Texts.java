package dev.feedrafter.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
}
