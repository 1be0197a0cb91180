package dev.feedrafter.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The parts of a page that are never article text. {@link #strip} removes what cannot be text at all (scripts,
 * styles, embeds, form controls, navigation, hidden elements, comments); {@link #unlikely} lists the containers
 * whose class or id mark them as chrome (share bars, comments, related posts), which scoring skips and the
 * final text drops, unless skipping them leaves no article.
 */
final class PageChrome {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "nav", "aside", "dialog",
            "link", "meta", "menu", "label", "audio", "video", "map", "frame", "frameset", "head");
    private static final Set<String> ROLES = Set.of("navigation", "menu", "menubar", "complementary", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");

    private PageChrome() {}

    static void strip(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && (NEVER_TEXT.contains(e.normalName()) || hidden(e) || role(e))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Containers marked as chrome by class or id, outermost only; tables and code are left alone. */
    static Set<Element> unlikely(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                switch (e.normalName()) {
                    case "table", "pre", "code" -> {
                        return FilterResult.SKIP_CHILDREN;
                    }
                    case "body", "html", "a", "article", "main" -> {
                        return FilterResult.CONTINUE;
                    }
                    case "header", "footer" -> {
                        out.add(e);
                        return FilterResult.SKIP_CHILDREN;
                    }
                    default -> { }
                }
                if (ClassWeight.unlikely(e)) {
                    out.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.nameIs("img")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean role(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT));
    }
}
