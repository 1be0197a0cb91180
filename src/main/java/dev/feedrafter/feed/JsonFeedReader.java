package dev.feedrafter.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org) through Jackson, into the same records as the XML formats. */
final class JsonFeedReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFeedReader() {}

    static ParsedFeed read(String json, String charset, String source, String documentUrl, Instant fetchedAt) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ParseException(source, line, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        String version = text(root, "version");
        if (!root.isObject() || version == null || !version.contains("jsonfeed.org/version/")
                || !root.path("items").isArray()) {
            throw new ParseException(source, 1, "a JSON document but not a JSON Feed (no \"version\" of "
                    + "https://jsonfeed.org/version/1.1 with \"items\")", null);
        }
        String home = Links.resolve(documentUrl, text(root, "home_page_url"));
        String base = home != null ? home : documentUrl;
        List<String> feedAuthors = authors(root);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            entries.add(EntryNormalizer.normalize(entry(item, base, feedAuthors), fetchedAt));
        }
        String format = "json_" + version.substring(version.lastIndexOf('/') + 1);
        return new ParsedFeed(format, EntryNormalizer.plainText(text(root, "title"), false), home, null,
                EntryIds.disambiguate(entries), List.of(), charset);
    }

    private static RawEntry entry(JsonNode item, String base, List<String> feedAuthors) {
        List<String> authors = authors(item);
        List<String> images = new ArrayList<>();
        addIfPresent(images, text(item, "image"));
        addIfPresent(images, text(item, "banner_image"));
        for (JsonNode attachment : item.path("attachments")) {
            if (text(attachment, "mime_type") != null && text(attachment, "mime_type").startsWith("image/")) {
                addIfPresent(images, text(attachment, "url"));
            }
        }
        String contentText = text(item, "content_text");
        String content = text(item, "content_html") != null ? text(item, "content_html")
                : contentText == null ? null : Entities.escape(contentText);
        String summary = text(item, "summary");
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(t -> tags.add(t.asText()));
        List<String> identifiers = new ArrayList<>();
        addIfPresent(identifiers, text(item, "external_url"));
        return new RawEntry(text(item, "id"), text(item, "url") != null ? text(item, "url") : text(item, "external_url"),
                // null: publishers put markup and entities in JSON titles too, though the spec says plain text
                EntryNormalizer.plainText(text(item, "title"), null),
                summary == null ? null : Entities.escape(summary), content,
                authors.isEmpty() ? feedAuthors : authors, date(item, "date_published"), date(item, "date_modified"),
                tags, images, identifiers, base);
    }

    /** JSON Feed 1.1 "authors", else 1.0 "author". */
    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : node.path("authors")) {
            addIfPresent(names, text(a, "name"));
        }
        if (names.isEmpty()) {
            addIfPresent(names, text(node.path("author"), "name"));
        }
        return Authors.split(names);
    }

    private static RawEntry.DateValue date(JsonNode item, String field) {
        String value = text(item, field);
        return value == null ? RawEntry.DateValue.NONE : new RawEntry.DateValue(value, field);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText();
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
