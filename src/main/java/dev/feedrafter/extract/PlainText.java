package dev.feedrafter.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Renders article HTML as plain text: one paragraph per block (paragraph, heading, list item, quote),
 * paragraphs separated by a blank line, {@code <br>} as a line break, list items marked "- ". Figures and their
 * captions stay in the HTML only: a caption is not part of the story's prose.
 */
final class PlainText {
    private PlainText() {}

    static String of(List<Element> roots) {
        Renderer r = new Renderer();
        for (Element root : roots) {
            NodeTraversor.filter(r, root);
            r.breakParagraph();
        }
        return r.finish();
    }

    private static final class Renderer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private boolean pendingSpace;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element e) {
                if (e.nameIs("figure") || e.nameIs("figcaption")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.nameIs("br")) {
                    lineBreak();
                } else if (TextStats.isBlock(e)) {
                    breakParagraph();
                    if (e.nameIs("li")) {
                        paragraph.append("- ");
                    }
                } else if (e.nameIs("td") || e.nameIs("th")) {
                    pendingSpace = true;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && TextStats.isBlock(e)) {
                breakParagraph();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && paragraph.length() > 0 && !endsWithBreak()) {
                        paragraph.append(' ');
                    }
                    pendingSpace = false;
                    paragraph.append(c);
                }
            }
        }

        private boolean endsWithBreak() {
            char last = paragraph.charAt(paragraph.length() - 1);
            return last == '\n' || paragraph.length() == 2 && paragraph.charAt(0) == '-' && last == ' ';
        }

        private void lineBreak() {
            if (paragraph.length() > 0 && !endsWithBreak()) {
                paragraph.append('\n');
            }
            pendingSpace = false;
        }

        void breakParagraph() {
            int end = paragraph.length();
            while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            boolean onlyMarker = end == 1 && paragraph.charAt(0) == '-';
            if (end > 0 && !onlyMarker) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(paragraph, 0, end);
            }
            paragraph.setLength(0);
            pendingSpace = false;
        }

        String finish() {
            breakParagraph();
            return out.toString();
        }
    }
}
