package dev.feedrafter.extract;

import dev.feedrafter.model.Image;
import dev.feedrafter.util.Dates;
import dev.feedrafter.util.PersonNames;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, authors, dates, site name, language, canonical URL, description, lead image, section and tags,
 * each from the most trustworthy place first — JSON-LD, then Open Graph and article meta, then Highwire
 * {@code citation_*} meta, then the visible page — and records in {@link Origins} where each came from.
 */
final class MetadataExtractor {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
    private static final String BYLINE = "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
            + ".author-name, .byline .author, .article-byline, .byline, .jeg_meta_author a, .author";
    /** Class names of the places where pages print their date visibly. */
    private static final Set<String> DATE_AREA = Set.of("byline", "entry-meta", "post-meta", "date", "dateline",
            "article-meta", "article__info", "release_date", "jeg_meta_date", "posted-on", "published", "pubdate");

    private static final int ELEMENTS_BEFORE_TITLE = 5;
    private static final int ELEMENTS_AFTER_TITLE = 40;
    private static final int DATE_ONLY_LENGTH = 40;
    /** A paragraph this long is prose: the article's text has begun. */
    private static final int PROSE = 80;
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^\\s*(?:published|posted|released|date)(?: on)?"
            + "\\s*:?\\s*");

    private MetadataExtractor() {}

    static PageMetadata read(PageElements page, MetaTags meta, JsonLdArticle ld, String url, Origins origins) {
        Document doc = page.doc();
        String siteName = origins.<String>pick("site_name").or("meta og:site_name", meta.get("og:site_name"))
                .or("json-ld publisher", ld.publisher())
                .or("meta citation_journal_title", meta.get("citation_journal_title"))
                .or("meta application-name", meta.get("application-name")).get();
        String title = title(page, meta, ld, siteName, origins);
        Instant published = origins.<Instant>pick("published").or("json-ld datePublished", date(ld.datePublished()))
                .or("meta article:published_time", date(meta.get("article:published_time")))
                .or("meta citation_publication_date", date(meta.get("citation_publication_date")))
                .or("meta citation_date", date(meta.get("citation_date")))
                .or("meta dc.date", date(Texts.firstNonBlank(meta.get("dc.date"), meta.get("dcterms.date"),
                        meta.get("dc.date.issued"))))
                .or("meta date", date(Texts.firstNonBlank(meta.get("date"), meta.get("pubdate"),
                        meta.get("publish-date"), meta.get("datepublished"))))
                .orGet("time datetime", () -> date(attr(page.first("time", "datetime"), "datetime")))
                .orGet("visible date", () -> visibleDate(page))
                .orGet("date near the title", () -> dateNearTitle(page)).get();
        Instant modified = origins.<Instant>pick("modified").or("json-ld dateModified", date(ld.dateModified()))
                .or("meta article:modified_time", date(meta.get("article:modified_time")))
                .or("meta og:updated_time", date(meta.get("og:updated_time"))).get();
        String canonical = origins.<String>pick("canonical_url")
                .or("link rel=canonical", absAttr(canonicalLink(page), "href"))
                .or("meta og:url", absolute(doc, meta.get("og:url")))
                .or("json-ld url", absolute(doc, ld.url()))
                .or("page url", url).get();
        String description = origins.<String>pick("description")
                .or("meta og:description", meta.get("og:description"))
                .or("meta description", meta.get("description"))
                .or("json-ld description", ld.description())
                .or("meta twitter:description", meta.get("twitter:description")).get();
        List<String> tags = new ArrayList<>(ld.keywords());
        tags.addAll(meta.all("article:tag"));
        String section = origins.<String>pick("section").or("json-ld articleSection", ld.section())
                .or("meta article:section", meta.get("article:section")).get();
        return new PageMetadata(title, authors(doc, meta, ld, siteName, origins), published, modified, siteName,
                language(doc, meta, origins), canonical, description, image(page, meta, ld, origins), section,
                Texts.cleanList(tags));
    }

    private static String title(PageElements page, MetaTags meta, JsonLdArticle ld, String siteName,
                                Origins origins) {
        return origins.<String>pick("title").or("json-ld headline", ld.headline())
                .or("meta og:title", withoutSiteName(meta.get("og:title"), siteName))
                .or("meta citation_title", meta.get("citation_title"))
                .or("meta twitter:title", withoutSiteName(meta.get("twitter:title"), siteName))
                .or("h1", text(page.first("h1", null)))
                .or("title tag", titleTag(page.doc(), siteName)).get();
    }

    private static List<String> authors(Document doc, MetaTags meta, JsonLdArticle ld, String siteName,
                                        Origins origins) {
        String metaAuthor = Texts.firstNonBlank(meta.get("author"), meta.get("article:author"),
                meta.get("dc.creator"), meta.get("parsely-author"));
        return origins.<List<String>>pick("authors").or("json-ld author", ld.authors())
                .or("meta citation_author", Texts.cleanList(meta.all("citation_author").stream()
                        .map(PersonNames::readingOrder).toList()))
                .or("meta author", metaAuthor == null || metaAuthor.startsWith("http") ? null : List.of(metaAuthor))
                .orGet("byline", () -> byline(doc, siteName)).get();
    }

    private static List<String> byline(Document doc, String siteName) {
        Element byline = doc.selectFirst(BYLINE);
        return byline == null ? null : Byline.names(byline, siteName);
    }

    private static Image image(PageElements page, MetaTags meta, JsonLdArticle ld, Origins origins) {
        Document doc = page.doc();
        String url = origins.<String>pick("image").or("meta og:image", webUrl(doc, meta.get("og:image")))
                .or("json-ld image", webUrl(doc, ld.image()))
                .or("meta twitter:image", webUrl(doc, meta.get("twitter:image"))).get();
        if (url == null) {
            return null;
        }
        String alt = Texts.firstNonBlank(meta.get("og:image:alt"), meta.get("twitter:image:alt"),
                ImageCredit.altOf(page, url));
        String credit = ImageCredit.find(page, url);
        if (credit != null) {
            origins.record("image_credit", "caption");
        }
        return new Image(url, alt, credit);
    }

    /** "Title - Site Name" or "Site Name | Title" (as journals print it) → "Title", when the cut part is the site name. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1 && parts[parts.length - 1].strip().equalsIgnoreCase(siteName)) {
            return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceAll("[\\s|\\-–—:·»]+$", "");
        }
        if (parts.length > 1 && parts[0].strip().equalsIgnoreCase(siteName)) {
            return title.substring(title.indexOf(parts[1], parts[0].length())).strip();
        }
        return title;
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

    private static String language(Document doc, MetaTags meta, Origins origins) {
        Element html = doc.selectFirst("html[lang]");
        return origins.<String>pick("language").or("html lang", html == null ? null : html.attr("lang"))
                .or("meta og:locale", meta.get("og:locale"))
                .or("meta content-language", meta.get("content-language")).get();
    }

    private static Element canonicalLink(PageElements page) {
        for (Element link : page.tagged("link")) {
            if (link.attr("rel").equalsIgnoreCase("canonical") && link.hasAttr("href")) {
                return link;
            }
        }
        return null;
    }

    private static Instant visibleDate(PageElements page) {
        for (Element e : page.all()) {
            if (!(ClassNames.hasAny(e, DATE_AREA) || e.id().equals("date_posted")
                    || e.attr("itemprop").equals("datePublished"))) {
                continue;
            }
            String value = Texts.firstNonBlank(e.attr("content"), e.attr("datetime"));
            Instant found = value != null ? date(value) : null;
            if (found == null) {
                found = Dates.findIn(e.text()).orElse(null);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A date printed on its own in the article's header, as some sites do without a class that says so
     * ({@code <p class="text-uppercase">April 14, 2026</p>}): an element whose whole text is a date (after a
     * "Published" or "Posted" label), among the few elements before the {@code <h1>} and those after it up to
     * the first paragraph of prose. Dates in the text, related links or comments are never taken.
     */
    private static Instant dateNearTitle(PageElements page) {
        List<Element> all = page.all();
        int title = all.indexOf(page.first("h1", null));
        if (title < 0) {
            return null;
        }
        for (int i = Math.max(0, title - ELEMENTS_BEFORE_TITLE); i < all.size() && i <= title + ELEMENTS_AFTER_TITLE;
             i++) {
            Element e = all.get(i);
            String text = e.text();
            if (i > title && e.nameIs("p") && text.length() > PROSE) {
                return null;
            }
            if (text.length() <= DATE_ONLY_LENGTH) {
                Instant found = date(DATE_LABEL.matcher(text).replaceFirst(""));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Instant date(String value) {
        return Dates.parse(value).orElse(null);
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

    /** The absolute form of {@code href} when it is an http(s) URL; null for {@code javascript:}, {@code data:}…. */
    private static String webUrl(Document doc, String href) {
        String url = absolute(doc, href);
        return Urls.isWeb(url) ? url : null;
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
