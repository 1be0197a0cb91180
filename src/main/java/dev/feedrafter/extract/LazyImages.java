package dev.feedrafter.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Restores lazily loaded images: the real URL sits in {@code data-src}, {@code srcset} or a {@code <noscript>}. */
final class LazyImages {
    private LazyImages() {}

    static void repair(PageElements page) {
        Document doc = page.doc();
        for (Element img : page.tagged("img")) {
            String src = img.attr("src");
            boolean placeholder = src.isBlank() || src.startsWith("data:") || src.contains("lazy")
                    || src.contains("placeholder") || src.contains("blank.gif");
            if (!placeholder) {
                continue;
            }
            for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "data-srcset", "srcset"}) {
                String value = img.attr(attr).strip();
                if (!value.isEmpty()) {
                    img.attr("src", value.split("[\\s,]+")[0]);
                    break;
                }
            }
        }
        for (Element noscript : page.tagged("noscript")) {
            Element real = noscript.selectFirst("img[src]");
            if (real == null && noscript.data().contains("<img")) {
                real = org.jsoup.parser.Parser.parseBodyFragment(noscript.data(), doc.location()).selectFirst("img[src]");
            }
            if (real == null) {
                continue;
            }
            Element previous = noscript.previousElementSibling();
            if (previous != null && previous.is("img")) {
                previous.remove();  // the placeholder the script would have replaced
            }
            noscript.before(real.clone());
            noscript.remove();
        }
    }
}
