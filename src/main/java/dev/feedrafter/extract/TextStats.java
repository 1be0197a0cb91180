package dev.feedrafter.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Measures every element under a root in one pass, bottom-up, so that scoring and cleaning never re-read a
 * subtree's text: characters, link characters, commas, and counts of paragraphs, images, list items, inputs,
 * embeds and heading characters. "Inline" figures count only text whose nearest block ancestor is the element.
 */
final class TextStats {
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "menu");

    /** The measures of one element; {@code inline*} count only its own running text. */
    static final class Stat {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int embeds;
        int headingChars;
        int inlineChars;
        int inlineCommas;

        void add(Stat child) {
            chars += child.chars;
            linkChars += child.linkChars;
            commas += child.commas;
            paragraphs += child.paragraphs;
            images += child.images;
            listItems += child.listItems;
            inputs += child.inputs;
            embeds += child.embeds;
            headingChars += child.headingChars;
        }

        void subtract(Stat child) {
            chars -= child.chars;
            linkChars -= child.linkChars;
            commas -= child.commas;
            paragraphs -= child.paragraphs;
            images -= child.images;
            listItems -= child.listItems;
            inputs -= child.inputs;
            embeds -= child.embeds;
            headingChars -= child.headingChars;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
        }
    }

    private static final Stat NONE = new Stat();
    private final Map<Element, Stat> stats = new IdentityHashMap<>();
    private final Element root;

    private TextStats(Element root) {
        this.root = root;
    }

    static TextStats measure(Element root) {
        return measure(root, Set.of());
    }

    /** Measures {@code root}, leaving the subtrees in {@code skipped} out as if they were not there. */
    static TextStats measure(Element root, Set<Element> skipped) {
        TextStats t = new TextStats(root);
        NodeTraversor.filter(t.new Visitor(skipped), root);
        return t;
    }

    Stat of(Element e) {
        return stats.getOrDefault(e, NONE);
    }

    /** Takes a removed element's measures off its former ancestors; call before removing it. */
    void detach(Element e) {
        Stat gone = of(e);
        for (Element a = e.parent(); a != null; a = a.parent()) {
            Stat s = stats.get(a);
            if (s != null) {
                s.subtract(gone);
            }
            if (a == root) {
                break;
            }
        }
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Characters of text with whitespace runs counted as one, and the commas in it. */
    static int chars(CharSequence text) {
        int n = 0;
        boolean inSpace = true;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0') {
                inSpace = true;
            } else {
                n += inSpace && n > 0 ? 2 : 1;
                inSpace = false;
            }
        }
        return n;
    }

    static int commas(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '،' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private final class Visitor implements NodeFilter {
        private final Deque<Stat> blocks = new ArrayDeque<>();
        private final Set<Element> skipped;
        private int linkDepth;

        Visitor(Set<Element> skipped) {
            this.skipped = skipped;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                int chars = chars(s);
                if (chars == 0 || !(node.parentNode() instanceof Element parent)) {
                    return FilterResult.CONTINUE;
                }
                Stat own = stats.computeIfAbsent(parent, k -> new Stat());
                int commas = commas(s);
                own.chars += chars;
                own.commas += commas;
                if (linkDepth > 0) {
                    own.linkChars += chars;
                }
                Stat block = blocks.peek();
                if (block != null) {
                    block.inlineChars += chars;
                    block.inlineCommas += commas;
                }
            } else if (node instanceof Element e) {
                if (!skipped.isEmpty() && skipped.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stat own = stats.computeIfAbsent(e, k -> new Stat());
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                if (isBlock(e)) {
                    blocks.push(own);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            Stat own = stats.get(e);
            switch (e.normalName()) {
                case "a" -> linkDepth--;
                case "p" -> own.paragraphs++;
                case "img" -> own.images++;
                case "li" -> own.listItems++;
                case "input", "select", "textarea", "button" -> own.inputs++;
                case "object", "embed", "iframe", "video", "audio" -> own.embeds++;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> own.headingChars = own.chars;
                default -> { }
            }
            if (isBlock(e)) {
                blocks.pop();
            }
            if (e != root && e.parent() != null) {
                stats.computeIfAbsent(e.parent(), k -> new Stat()).add(own);
            }
            return FilterResult.CONTINUE;
        }
    }
}
