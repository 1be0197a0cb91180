package dev.feedrafter.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.config.DraftsConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.HtmlSanitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A draft as a document: Markdown with YAML front matter, or an HTML page from the page template carrying the
 * same fields in {@code <meta>} tags and a JSON block. Front-matter values are written by a YAML library, so no
 * title can escape its field; the body's raw HTML and unsafe link targets are neutralized ({@link SafeMarkdown})
 * and the HTML body is sanitized after rendering.
 */
public final class DraftDocument {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final List<String> META_FIELDS = List.of("status", "slug", "services", "topics", "relevance",
            "evidence", "quote_overlap");

    private final DraftTemplate page;

    public DraftDocument(DraftTemplate page) {
        this.page = Check.notNull(page, "page");
    }

    /** With the built-in HTML page. */
    public static DraftDocument builtIn() {
        return new DraftDocument(DraftTemplate.builtIn(DraftTemplate.Kind.PAGE));
    }

    /** With the page template of {@code drafts.html_template}; a broken one is a {@code ConfigException}. */
    public static DraftDocument of(DraftsConfig drafts) {
        Check.notNull(drafts, "drafts");
        return new DraftDocument(DraftTemplate.of(DraftTemplate.Kind.PAGE, drafts.htmlTemplate()));
    }

    public String render(Draft draft, DraftFormat format) {
        Check.notNull(draft, "draft");
        return format == DraftFormat.HTML ? html(draft) : markdown(draft);
    }

    /** Markdown with YAML front matter. */
    public static String markdown(Draft draft) {
        return "---\n" + yaml(DraftFields.frontMatter(draft)) + "---\n\n" + SafeMarkdown.clean(draft.bodyMarkdown());
    }

    /** A standalone HTML page. */
    public String html(Draft draft) {
        return page.render(pageContext(draft, bodyHtml(draft.bodyMarkdown())));
    }

    /** The body alone as safe HTML. */
    public static String bodyHtml(String markdown) {
        return HtmlSanitizer.clean(HTML.render(MARKDOWN.parse(SafeMarkdown.clean(markdown))), null);
    }

    /** What a page template sees: every front-matter field, the draft's id and times, and the body. */
    static Map<String, Object> pageContext(Draft draft, String bodyHtml) {
        Map<String, Object> fields = DraftFields.frontMatter(draft);
        Map<String, Object> c = new HashMap<>(DraftFields.json(draft, false));
        c.put("body_html", bodyHtml);
        c.put("front_matter_json", scriptSafeJson(fields));
        List<Map<String, Object>> meta = new ArrayList<>();
        for (String key : META_FIELDS) {
            Object value = fields.get(key);
            meta.add(Map.of("name", key, "content", value instanceof List<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : value == null ? "" : String.valueOf(value)));
        }
        meta.add(Map.of("name", "flags", "content", String.join(", ", draft.meta().review().flags().stream()
                .map(f -> f.kind().label()).distinct().toList())));
        c.put("meta", meta);
        return c;
    }

    private static String yaml(Map<String, Object> fields) {
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of plain values always serializes", e);
        }
    }

    /** JSON with no "<", ">" or "&", so no text can close the script element it sits in or open a comment. */
    private static String scriptSafeJson(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of plain values always serializes", e);
        }
    }
}
