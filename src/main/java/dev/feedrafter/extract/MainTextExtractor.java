package dev.feedrafter.extract;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.util.HtmlSanitizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's main text: the site rule's container when the page has one, else the readability-family
 * {@link ContentScorer}; then removes the chrome left inside it ({@link ContentCleaner}) and renders it as
 * sanitized HTML and plain text. Changes the document it reads, so it runs after every other reader of the page.
 */
final class MainTextExtractor {
    /** Below this many characters a result is suspect, and the scoring is retried without skipping chrome. */
    private static final int SHORT_TEXT = 250;

    private MainTextExtractor() {}

    /**
     * The main text of the page; {@code rule} (may be null) is the site's rule, {@code researchBlocks} the
     * labelled parts (summary, key facts, citation, contact) already read into their own fields.
     */
    static MainText read(PageElements page, SiteRule rule, Collection<Element> researchBlocks) {
        Document doc = page.doc();
        Element body = doc.body();
        LazyImages.repair(page);
        if (rule != null) {
            rule.remove().forEach(selector -> doc.select(selector).remove());
        }
        researchBlocks.forEach(Element::remove);
        PageChrome.strip(body);
        List<Element> content = rule == null ? List.of() : ruleContent(body, rule);
        Set<Element> chrome = PageChrome.unlikely(body);
        if (content.isEmpty()) {
            TextStats stats = TextStats.measure(body, chrome);
            content = ContentScorer.select(body, stats);
            if (textLength(content, stats) < SHORT_TEXT) {
                // The page's article may sit in a container named like chrome ("comment-body"): score everything.
                TextStats all = TextStats.measure(body);
                List<Element> retry = ContentScorer.select(body, all);
                if (textLength(retry, all) > textLength(content, stats)) {
                    content = retry;
                    chrome = Set.of();
                }
            }
        }
        if (content.isEmpty()) {
            return MainText.EMPTY;
        }
        for (Element e : chrome) {
            if (e.parent() != null && !content.contains(e) && insideAny(e, content)) {
                e.remove();
            }
        }
        for (Element root : content) {
            ContentCleaner.clean(root, TextStats.measure(root));
        }
        return new MainText(html(content, doc.location()), PlainText.of(content));
    }

    private static List<Element> ruleContent(Element body, SiteRule rule) {
        for (String selector : rule.content()) {
            List<Element> found = new ArrayList<>(body.select(selector));
            // Outermost matches only: a match inside another match is already part of it.
            found.removeIf(e -> insideAny(e.parent(), found));
            if (!found.isEmpty() && found.stream().anyMatch(e -> e.hasText())) {
                return found;
            }
        }
        return List.of();
    }

    private static int textLength(List<Element> content, TextStats stats) {
        int total = 0;
        for (Element root : content) {
            total += stats.of(root).chars;
        }
        return total;
    }

    private static boolean insideAny(Element e, Collection<Element> roots) {
        for (Element p = e; p != null; p = p.parent()) {
            for (Element root : roots) {
                if (p == root) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String html(List<Element> content, String baseUrl) {
        if (content.size() == 1) {
            return HtmlSanitizer.clean(content.get(0), baseUrl);
        }
        Element wrapper = new Element("div");
        for (Element e : content) {
            wrapper.appendChild(e.clone());
        }
        return HtmlSanitizer.clean(wrapper, baseUrl);
    }
}
