package dev.feedrafter.extract;

import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One visual line of a text block: a paragraph, list item, cell or heading, split at {@code <br>}. Research-news
 * sites print their labelled parts ("Summary:", "Source:", "Original Research:") as such lines. {@code fragment}
 * holds the line's own markup (links, italics) for the citation parser; {@code block} is the page element.
 */
record LabeledLine(Element block, Element fragment, String text) {
    private static final Set<String> LINE_BLOCKS = Set.of("p", "li", "dd", "dt", "td", "th", "h2", "h3", "h4", "h5",
            "h6", "figcaption", "blockquote");

    /** The lines of every text block of the page, in document order. */
    static List<LabeledLine> of(PageElements page) {
        Set<Element> withBreaks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element br : page.tagged("br")) {
            // Every ancestor of a <br> holds a line break; stop where an earlier <br> already marked the way up.
            Element p = br.parent();
            while (p != null && withBreaks.add(p)) {
                p = p.parent();
            }
        }
        List<LabeledLine> lines = new ArrayList<>();
        for (Element block : page.all()) {
            if (!isLineBlock(block)) {
                continue;
            }
            if (!withBreaks.contains(block)) {
                String text = block.text();  // whitespace already normalised by jsoup
                if (!text.isEmpty()) {
                    lines.add(new LabeledLine(block, block, text));
                }
                continue;
            }
            splitAtBreaks(block, lines);
        }
        return lines;
    }

    private static boolean isLineBlock(Element e) {
        if (LINE_BLOCKS.contains(e.normalName())) {
            return true;
        }
        // A div that holds text but no other block, as some sites write paragraphs.
        if (!e.nameIs("div")) {
            return false;
        }
        for (Element child : e.children()) {
            if (TextStats.isBlock(child)) {
                return false;
            }
        }
        return e.hasText();
    }

    private static void splitAtBreaks(Element block, List<LabeledLine> lines) {
        Element fragment = new Element("span");
        for (Node child : block.childNodes()) {
            if (child instanceof Element e && e.nameIs("br")) {
                add(block, fragment, lines);
                fragment = new Element("span");
            } else {
                fragment.appendChild(child.clone());
            }
        }
        add(block, fragment, lines);
    }

    private static void add(Element block, Element fragment, List<LabeledLine> lines) {
        String text = Texts.squash(fragment.text());
        if (!text.isEmpty()) {
            lines.add(new LabeledLine(block, fragment, text));
        }
    }
}
