package dev.feedrafter.extract;

/** The main text of an article: sanitized HTML and plain text with paragraphs separated by blank lines. */
record MainText(String html, String text) {
    static final MainText EMPTY = new MainText("", "");
}
