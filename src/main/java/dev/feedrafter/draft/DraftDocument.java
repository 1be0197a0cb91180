package dev.feedrafter.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.model.Draft;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;

/**
 * A draft as a document: Markdown with YAML front matter, or a standalone HTML page carrying the same fields
 * in {@code <meta>} tags and a JSON block. Front-matter values are written by a YAML library, so no title can
 * escape its field; the HTML body is rendered from the Markdown with raw HTML escaped, then sanitized.
 */
public final class DraftDocument {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private DraftDocument() {}

    public static String render(Draft draft, DraftFormat format) {
        return format == DraftFormat.HTML ? html(draft) : markdown(draft);
    }

    public static String markdown(Draft draft) {
        try {
            return "---\n" + YAML.writeValueAsString(DraftFields.frontMatter(draft)) + "---\n\n"
                    + draft.bodyMarkdown();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of plain values always serializes", e);
        }
    }

    /** The body alone as safe HTML. */
    public static String bodyHtml(String markdown) {
        return dev.feedrafter.util.HtmlSanitizer.clean(HTML.render(MARKDOWN.parse(markdown)), null);
    }

    public static String html(Draft draft) {
        Map<String, Object> fields = DraftFields.frontMatter(draft);
        StringBuilder head = new StringBuilder();
        for (String key : List.of("status", "slug", "services", "topics", "relevance", "evidence")) {
            Object value = fields.get(key);
            String text = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            head.append("  <meta name=\"feedrafter:").append(key).append("\" content=\"").append(attr(text))
                    .append("\">\n");
        }
        String json;
        try {
            // No "<" at all inside the script element, so no text can close it or open a comment.
            json = JSON.writeValueAsString(fields).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("front matter of plain values always serializes", e);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>"
                + Entities.escape(draft.meta().title()) + "</title>\n" + head
                + "  <script type=\"application/json\" id=\"feedrafter-front-matter\">" + json + "</script>\n"
                + "</head>\n<body>\n<article>\n" + bodyHtml(draft.bodyMarkdown()) + "\n</article>\n</body>\n</html>\n";
    }

    private static String attr(String text) {
        return Entities.escape(text).replace("\"", "&quot;");
    }
}
