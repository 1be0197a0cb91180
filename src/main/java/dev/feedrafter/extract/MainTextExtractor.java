package dev.feedrafter.extract;

import dev.feedrafter.util.HtmlSanitizer;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's main text: a known article container when the page has one, else the element whose
 * paragraphs carry the most text (a readability-style score), with navigation, share bars, newsletter boxes,
 * related posts, comments and the research-news labelled parts left out.
 */
final class MainTextExtractor {
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[-_\\s])(comment|share|sharing|social|"
            + "related|newsletter|subscribe|signup|promo|sidebar|widget|advert|ads?|sponsor|cookie|popup|modal|"
            + "breadcrumbs?|menu|nav|navbar|footer|masthead|site-header|tags|tag-list|author-bio|jp-relatedposts|"
            + "recommended|more-stories|trending|outbrain|taboola|disqus|print|toolbar)([-_\\s]|$)");
    private static final String CONTAINERS = "[itemprop=articleBody], .entry-content, .article-body, .article__body, "
            + ".post-content, .story-body, #story_text, #text, .article-text, article, main, [role=main]";
    private static final Pattern NOT_BODY_LINE = Pattern.compile("(?i)^\\s*(summary|key facts|key points|highlights|"
            + "source|contact|author|image|funding|original research|journal reference|more information|"
            + "provided by|materials provided by|citation|reference)\\s*:.*|^\\s*about this .{0,60}(research|news)"
            + ".*");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, figcaption, pre";

    private MainTextExtractor() {}

    static MainText read(Document page) {
        Document doc = page.clone();
        LazyImages.repair(doc);
        removeBoilerplate(doc);
        Element container = container(doc);
        if (container == null) {
            return MainText.EMPTY;
        }
        cutResearchParts(container);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is("li, blockquote") && container != p
                    && p.parents().contains(container))) {
                continue;  // nested in a block already taken whole
            }
            String text = Texts.squash(block.text());
            if (!text.isEmpty() && !NOT_BODY_LINE.matcher(text).matches()) {
                paragraphs.add(block.is("li") ? "- " + text : text);
            }
        }
        return new MainText(HtmlSanitizer.clean(container, doc.location()), String.join("\n\n", paragraphs));
    }

    private static void removeBoilerplate(Document doc) {
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, button, svg, "
                + "[role=navigation], [role=complementary], [hidden], .screen-reader-text").remove();
        for (Element e : doc.body().select("*")) {
            String marker = e.className() + " " + e.id();
            if (!marker.isBlank() && BOILERPLATE.matcher(marker).find() && !e.is("body, article, main")
                    && e.parent() != null) {
                e.remove();
            }
        }
    }

    private static Element container(Document doc) {
        for (Element candidate : doc.select(CONTAINERS)) {
            if (paragraphText(candidate) > 300) {
                return candidate;
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.select("p")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split(",").length + Math.min(3, text.length() / 100.0);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(doc.body());
    }

    /** Drops the "About this research" tail and the labelled summary/key-facts lines from the container. */
    private static void cutResearchParts(Element container) {
        for (Element heading : container.select("h2, h3, h4, p > strong:only-child")) {
            if (heading.text().matches("(?i)\\s*about this .{0,60}(research|news).*")) {
                Element block = heading.is("strong") ? heading.parent() : heading;
                Element next = block.nextElementSibling();
                while (next != null) {
                    Element after = next.nextElementSibling();
                    next.remove();
                    next = after;
                }
                block.remove();
                break;
            }
        }
    }

    private static int paragraphText(Element e) {
        int total = 0;
        for (Element p : e.select("p")) {
            total += p.text().length();
        }
        return total;
    }
}
