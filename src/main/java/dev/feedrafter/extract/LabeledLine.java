package dev.feedrafter.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One visual line of a text block: a paragraph, list item or cell split at {@code <br>}. Research-news sites
 * print their labelled parts ("Summary:", "Source:", "Original Research:") as such lines.
 */
record LabeledLine(Element block, Element fragment, String text) {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    /** The lines of every text block of the page, in document order. */
    static List<LabeledLine> of(Element root) {
        List<LabeledLine> lines = new ArrayList<>();
        for (Element block : root.select("p, li, dd, dt, td, h2, h3, h4, h5, div:not(:has(p, div, li, ul, ol, table))")) {
            String html = block.html();
            if (!BR.matcher(html).find()) {
                lines.add(new LabeledLine(block, block, dev.feedrafter.util.Texts.squash(block.text())));
                continue;
            }
            for (String part : BR.split(html)) {
                Element fragment = Parser.parseBodyFragment(part, block.baseUri()).body();
                String text = dev.feedrafter.util.Texts.squash(fragment.text());
                if (!text.isEmpty()) {
                    lines.add(new LabeledLine(block, fragment, text));
                }
            }
        }
        return lines;
    }
}
