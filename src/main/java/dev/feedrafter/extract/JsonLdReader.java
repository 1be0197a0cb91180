package dev.feedrafter.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page's JSON-LD blocks: {@code NewsArticle}, {@code Article}, {@code BlogPosting},
 * {@code ScholarlyArticle} and kin, also inside {@code @graph} arrays. A malformed block is skipped with a
 * warning, never fatal.
 */
final class JsonLdReader {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "BlogPosting",
            "ScholarlyArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "MedicalScholarlyArticle",
            "TechArticle", "Report", "WebPage");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final int MAX_BLOCK_CHARS = 1_000_000;

    private JsonLdReader() {}

    static JsonLdArticle read(PageElements page, List<String> warnings) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : page.tagged("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            if (json.length() > MAX_BLOCK_CHARS) {
                warnings.add("JSON-LD block too large; skipped");
                continue;
            }
            try {
                collect(JSON.readTree(json), candidates);
            } catch (JsonProcessingException e) {
                warnings.add("malformed JSON-LD skipped: " + e.getOriginalMessage());
            }
        }
        JsonNode best = null;
        for (JsonNode c : candidates) {
            if (best == null || rank(c) < rank(best)) {
                best = c;
            }
        }
        return best == null ? JsonLdArticle.NONE : toArticle(best);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out);
        }
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                out.add(node);
                return;
            }
        }
    }

    /** Lower is better: a real article type beats a WebPage. */
    private static int rank(JsonNode node) {
        List<String> types = types(node);
        if (types.contains("WebPage") && types.size() == 1) {
            return node.has("headline") ? 2 : 3;
        }
        return node.has("headline") ? 0 : 1;
    }

    private static List<String> types(JsonNode node) {
        JsonNode t = node.get("@type");
        List<String> out = new ArrayList<>();
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t != null) {
            out.add(t.asText());
        }
        return out;
    }

    private static JsonLdArticle toArticle(JsonNode n) {
        return new JsonLdArticle(text(n.get("headline")), names(n.get("author")), text(n.get("datePublished")),
                text(n.get("dateModified")), imageUrl(n.get("image")), name(n.get("publisher")),
                text(n.get("description")), text(n.get("articleSection")), keywords(n.get("keywords")),
                text(n.get("url")));
    }

    /** Plain text of a JSON string, with HTML entities and tags inside it decoded away. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return null;
        }
        String raw = node.asText();
        String decoded = raw.indexOf('&') >= 0 || raw.indexOf('<') >= 0 ? Jsoup.parse(raw).text() : raw;
        return Texts.firstNonBlank(decoded);
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(names(n)));
        } else {
            String name = name(node);
            if (name != null) {
                out.add(name);
            }
        }
        return Texts.cleanList(out);
    }

    private static String imageUrl(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : imageUrl(node.get(0));
        }
        return node.isObject() ? Texts.firstNonBlank(text(node.get("url")), text(node.get("contentUrl")))
                : text(node);
    }

    private static List<String> keywords(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> out = new ArrayList<>();
            node.forEach(n -> out.add(text(n)));
            return Texts.cleanList(out);
        }
        String all = text(node);
        return all == null ? List.of() : Texts.cleanList(List.of(all.split(",")));
    }
}
