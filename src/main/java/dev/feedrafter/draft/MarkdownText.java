package dev.feedrafter.draft;

import dev.feedrafter.util.Texts;

/**
 * Makes outside text safe and faithful inside Markdown: one line, no HTML, no link or code syntax, and no
 * emphasis the source did not mean ("Ketamine *works*" keeps its asterisks). An underscore inside a word
 * ("snake_case") cannot start emphasis, so it is left alone to keep the editor's text readable.
 */
final class MarkdownText {
    private MarkdownText() {}

    static String escape(String value) {
        String oneLine = Texts.squash(value);
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '[', ']', '`', '*', '~' -> out.append('\\').append(c);
                case '_' -> out.append(insideWord(oneLine, i) ? "_" : "\\_");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean insideWord(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** A URL usable as a Markdown link destination: only http(s), with the characters that end one encoded. */
    static String url(String url) {
        if (url == null || !url.matches("(?i)^https?://\\S+$")) {
            return null;
        }
        return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
                .replace(" ", "%20");
    }
}
