package dev.feedrafter.feed.conformance;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How our sanitized HTML is compared with feedparser's. Feedrafter keeps a smaller, safer set of elements
 * and attributes than feedparser (no {@code style}, no {@code span} or {@code div}, {@code rel} added to
 * links), so equality is by meaning: the same text, the same link and image URLs in the same order, and
 * nothing unsafe left. {@link #sameMarkup} is the stricter, byte-level figure reported beside it.
 */
final class HtmlComparison {
    private HtmlComparison() {}

    static boolean sameMeaning(String ours, String expected) {
        Document a = Jsoup.parseBodyFragment(ours);
        Document b = Jsoup.parseBodyFragment(expected);
        return squash(a.body().text()).equals(squash(b.body().text())) && urls(a).equals(urls(b)) && safe(a);
    }

    static boolean sameMarkup(String ours, String expected) {
        Document a = Jsoup.parseBodyFragment(ours);
        for (Element link : a.select("a[rel]")) {
            link.removeAttr("rel");
        }
        Document b = Jsoup.parseBodyFragment(expected);
        a.outputSettings().prettyPrint(false);
        b.outputSettings().prettyPrint(false);
        return a.body().html().equals(b.body().html());
    }

    static String textOf(String maybeHtml) {
        return maybeHtml.indexOf('<') >= 0 || maybeHtml.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(maybeHtml).body().text() : maybeHtml;
    }

    static String squash(String s) {
        return dev.feedrafter.util.Texts.squash(s);
    }

    private static List<String> urls(Document d) {
        List<String> urls = new ArrayList<>();
        for (Element e : d.select("a[href], img[src]")) {
            urls.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return urls;
    }

    /** No script-capable element, no event handler, no script or data URL. */
    static boolean safe(Document d) {
        if (!d.select("script, style, iframe, object, embed, applet, frame, frameset, form, meta, link, base")
                .isEmpty()) {
            return false;
        }
        for (Element e : d.getAllElements()) {
            for (var attr : e.attributes()) {
                String v = attr.getValue().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
                if (attr.getKey().startsWith("on") || attr.getKey().equals("style") || v.startsWith("javascript:")
                        || v.startsWith("vbscript:") || v.startsWith("data:")) {
                    return false;
                }
            }
        }
        return true;
    }
}
