package dev.feedrafter.extract;

import dev.feedrafter.model.Image;
import dev.feedrafter.util.Dates;
import dev.feedrafter.util.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, authors, dates, site name, language, canonical URL, description, lead image, section and tags,
 * each from the most trustworthy place first: JSON-LD, then Open Graph / article meta, then Highwire
 * {@code citation_*} meta, then the visible page.
 */
final class MetadataExtractor {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|written by|posted by|author:)\\s+");

    private MetadataExtractor() {}

    static PageMetadata read(Document doc, JsonLdArticle ld, String url) {
        String siteName = Texts.firstNonBlank(meta(doc, "og:site_name"), ld.publisher(),
                meta(doc, "citation_journal_title"), meta(doc, "application-name"));
        String title = Texts.firstNonBlank(ld.headline(), meta(doc, "og:title"), meta(doc, "citation_title"),
                meta(doc, "twitter:title"), text(doc.selectFirst("h1")), titleTag(doc, siteName));
        Instant published = firstDate(ld.datePublished(), meta(doc, "article:published_time"),
                meta(doc, "citation_publication_date"), meta(doc, "citation_date"), meta(doc, "dc.date"),
                meta(doc, "date"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        if (published == null) {
            published = Dates.findIn(bylineText(doc)).orElse(null);
        }
        Instant modified = firstDate(ld.dateModified(), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"));
        String canonical = Texts.firstNonBlank(absAttr(doc.selectFirst("link[rel=canonical][href]"), "href"),
                absolute(doc, meta(doc, "og:url")), absolute(doc, ld.url()), url);
        String description = Texts.firstNonBlank(meta(doc, "og:description"), meta(doc, "description"),
                ld.description(), meta(doc, "twitter:description"));
        List<String> tags = new ArrayList<>(ld.keywords());
        doc.select("meta[property=article:tag]").forEach(m -> tags.add(m.attr("content")));
        return new PageMetadata(title, authors(doc, ld), published, modified, siteName, language(doc), canonical,
                description, image(doc, ld), Texts.firstNonBlank(ld.section(), meta(doc, "article:section")),
                Texts.cleanList(tags));
    }

    private static List<String> authors(Document doc, JsonLdArticle ld) {
        if (!ld.authors().isEmpty()) {
            return ld.authors();
        }
        List<String> citation = new ArrayList<>();
        doc.select("meta[name=citation_author]").forEach(m -> citation.add(m.attr("content")));
        if (!citation.isEmpty()) {
            return Texts.cleanList(citation);
        }
        String meta = Texts.firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"));
        if (meta != null && !meta.startsWith("http")) {
            return List.of(meta);
        }
        Element byline = doc.selectFirst("[rel=author], [itemprop=author], .author-name, .byline .author, .byline, "
                + ".author");
        String name = byline == null ? null : Texts.firstNonBlank(BY_PREFIX.matcher(byline.text().strip())
                .replaceFirst(""));
        return name == null || name.length() > 120 ? List.of() : List.of(name);
    }

    private static Image image(Document doc, JsonLdArticle ld) {
        String url = Texts.firstNonBlank(absolute(doc, meta(doc, "og:image")), absolute(doc, ld.image()),
                absolute(doc, meta(doc, "twitter:image")));
        if (url == null) {
            return null;
        }
        String alt = meta(doc, "og:image:alt");
        return new Image(url, alt, ImageCredit.find(doc, url));
    }

    private static String titleTag(Document doc, String siteName) {
        String title = Texts.firstNonBlank(doc.title());
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (siteName != null && last.equalsIgnoreCase(siteName) || last.length() < first.length()) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·»]+$", "").strip();
        }
        return title;
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        return Texts.firstNonBlank(html == null ? null : html.attr("lang"), meta(doc, "og:locale"),
                meta(doc, "content-language"));
    }

    private static String bylineText(Document doc) {
        Element byline = doc.selectFirst(".byline, .entry-meta, .post-meta, .date, .dateline, .article-meta");
        return byline == null ? null : byline.text();
    }

    private static Instant firstDate(String... values) {
        for (String v : values) {
            Instant parsed = Dates.parse(v).orElse(null);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    /** The content of a {@code <meta>} named by {@code property} or {@code name}, case-insensitive. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)
                    || m.attr("itemprop").equalsIgnoreCase(key)) {
                String value = Texts.firstNonBlank(m.attr("content"));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String absolute(Document doc, String href) {
        if (href == null) {
            return null;
        }
        try {
            return java.net.URI.create(doc.location()).resolve(href.strip()).toString();
        } catch (IllegalArgumentException e) {
            return href.strip();
        }
    }

    private static String text(Element e) {
        return e == null ? null : Texts.firstNonBlank(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String absAttr(Element e, String name) {
        return e == null ? null : Texts.firstNonBlank(e.absUrl(name), e.attr(name));
    }
}
