package dev.feedrafter.util;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML from outside to a small, safe subset: text structure, links and images only. Script, style,
 * iframes, objects, event handlers and {@code javascript:}/{@code data:} URLs never survive; relative
 * links and images are made absolute against the base URL.
 */
public final class HtmlSanitizer {
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("colgroup", "col", "div", "span")
            .addTags("figure", "figcaption", "hr", "time")
            .addAttributes("time", "datetime")
            .addAttributes("img", "loading")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {}

    /** Safe HTML for a fragment; {@code baseUrl} (may be null) resolves relative links and images. */
    public static String clean(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl);
        return clean(dirty.body(), baseUrl);
    }

    /** Safe HTML for the children of an element already parsed with its base URL. */
    public static String clean(Element element, String baseUrl) {
        Document shell = Document.createShell(baseUrl == null ? "" : baseUrl);
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            shell.body().appendChild(child.clone());
        }
        Document clean = new Cleaner(SAFE).clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** Plain text of an HTML fragment: entities decoded, tags dropped, whitespace squashed. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Texts.squash(Jsoup.parseBodyFragment(html).body().text());
    }
}
