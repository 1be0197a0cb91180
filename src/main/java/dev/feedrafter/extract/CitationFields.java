package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.util.Texts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a block of labelled fields, as news-release pages print the paper's details: a label element
 * ("Journal", "DOI", "Article Title", "Method of Research") followed by its value, or "Label: value" on one line.
 */
final class CitationFields {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final java.util.Set<String> LABELS = java.util.Set.of("journal", "doi", "article title",
            "article publication date", "method of research", "subject of research");
    private static final Pattern INLINE = Pattern.compile("^([A-Za-z][A-Za-z ]{1,40}?)\\s*:\\s*(.+)$");

    private final Map<String, String> fields = new LinkedHashMap<>();

    private CitationFields() {}

    static CitationFields read(Element block) {
        CitationFields f = new CitationFields();
        for (Element e : block.getAllElements()) {
            String text = Texts.squash(e.text());
            if (e == block || text.isEmpty() || text.length() > 300) {
                continue;
            }
            Matcher inline = INLINE.matcher(text);
            if (inline.matches() && LABELS.contains(key(inline.group(1)))) {
                f.fields.putIfAbsent(key(inline.group(1)), inline.group(2).strip());
            } else if (LABELS.contains(key(text)) && e.nextElementSibling() != null) {
                f.fields.putIfAbsent(key(text), Texts.squash(e.nextElementSibling().text()));
            }
        }
        return f;
    }

    String get(String label) {
        return Texts.firstNonBlank(fields.get(key(label)));
    }

    boolean describesPaper() {
        return get("journal") != null && (get("doi") != null || get("article title") != null);
    }

    Citation citation() {
        String date = get("article publication date");
        Matcher year = YEAR.matcher(date == null ? "" : date);
        String doi = get("doi");
        return new Citation(null, get("article title"), get("journal"),
                year.find() ? Integer.valueOf(year.group(1)) : null, doi == null ? null : Doi.find(doi).orElse(null));
    }

    private static String key(String label) {
        return Texts.squash(label).replaceAll("[:\\s]+$", "").toLowerCase(Locale.ROOT);
    }
}
