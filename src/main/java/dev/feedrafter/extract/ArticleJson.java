package dev.feedrafter.extract;

import dev.feedrafter.model.Article;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shape of an extracted article, as {@code extract} prints it: plain maps and lists, in a fixed order. */
public final class ArticleJson {
    private ArticleJson() {}

    /** The fields of the extract contract, in their order, and nothing else. */
    public static Map<String, Object> of(Article a) {
        return of(a, false);
    }

    /**
     * The fields of the extract contract in their order; with {@code details}, then what else the page said
     * (canonical URL, language, modified date, section, tags, contact, funding, method…) and each value's origin.
     */
    public static Map<String, Object> of(Article a, boolean details) {
        dev.feedrafter.util.Check.notNull(a, "a");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("authors", a.authors());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("site_name", a.siteName());
        m.put("description", a.description());
        m.put("summary", a.summary());
        m.put("key_facts", a.keyFacts());
        m.put("body_text", a.bodyText());
        m.put("body_html", a.bodyHtml());
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", a.image() == null ? null : a.image().url());
        image.put("alt", a.image() == null ? null : a.image().alt());
        image.put("credit", a.image() == null ? null : a.image().credit());
        m.put("image", image);
        m.put("source_institution", a.sourceInstitution());
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("authors", a.citation().authors());
        citation.put("title", a.citation().title());
        citation.put("journal", a.citation().journal());
        citation.put("year", a.citation().year());
        citation.put("doi", a.citation().doi());
        m.put("citation", citation);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("doi", a.links().doi());
        links.put("pubmed", a.links().pubmed());
        links.put("trials", a.links().trials());
        m.put("links", links);
        m.put("warnings", a.warnings());
        if (details) {
            m.putAll(details(a));
        }
        return m;
    }

    /** What else the page said, and where each value came from. */
    private static Map<String, Object> details(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Article.Details d = a.details();
        m.put("canonical_url", a.canonicalUrl());
        m.put("language", a.language());
        m.put("modified", a.modified() == null ? null : a.modified().toString());
        m.put("section", d.section());
        m.put("tags", d.tags());
        m.put("contact", d.contact());
        m.put("funding", d.funding());
        m.put("about_research", d.about());
        m.put("research_method", d.researchMethod());
        m.put("research_subject", d.researchSubject());
        m.put("origins", new TreeMap<>(d.origins()));
        return m;
    }
}
