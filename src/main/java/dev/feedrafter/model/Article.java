package dev.feedrafter.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an editor needs from one article page. Optional values are null when the page does not give them;
 * lists are never null. {@code bodyHtml} is sanitized; {@code bodyText} has paragraphs separated by blank lines.
 * {@code details} holds the rest of what the page says (section, tags, contact, funding, research method) and
 * where each value came from.
 */
public record Article(String url, String canonicalUrl, String title, List<String> authors, Instant published,
                      Instant modified, String siteName, String language, String description, String summary,
                      List<String> keyFacts, String bodyText, String bodyHtml, Image image,
                      String sourceInstitution, Citation citation, ResearchLinks links, List<String> warnings,
                      Details details) {
    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        citation = citation == null ? Citation.NONE : citation;
        links = links == null ? ResearchLinks.NONE : links;
        details = details == null ? Details.NONE : details;
    }

    /** An article without details, e.g. one made from a feed entry alone. */
    public Article(String url, String canonicalUrl, String title, List<String> authors, Instant published,
                   Instant modified, String siteName, String language, String description, String summary,
                   List<String> keyFacts, String bodyText, String bodyHtml, Image image, String sourceInstitution,
                   Citation citation, ResearchLinks links, List<String> warnings) {
        this(url, canonicalUrl, title, authors, published, modified, siteName, language, description, summary,
                keyFacts, bodyText, bodyHtml, image, sourceInstitution, citation, links, warnings, Details.NONE);
    }

    /** The identity URL of the article: its canonical URL, else the URL it was fetched from. */
    public String identityUrl() {
        return canonicalUrl != null ? canonicalUrl : url;
    }

    /** This article with other warnings. */
    public Article withWarnings(List<String> newWarnings) {
        return new Article(url, canonicalUrl, title, authors, published, modified, siteName, language, description,
                summary, keyFacts, bodyText, bodyHtml, image, sourceInstitution, citation, links, newWarnings,
                details);
    }

    /**
     * The rest of what a page says about its story: section and tags; the press office's contact, the funding
     * and the "About this research" notes (kept out of the body text); the research method and subject as a
     * news-release page states them ("Randomized controlled/clinical trial", "People"); and {@code origins},
     * where each extracted field came from ("title" → "json-ld headline").
     */
    public record Details(String section, List<String> tags, String contact, String funding, String about,
                          String researchMethod, String researchSubject, Map<String, String> origins) {
        public static final Details NONE = new Details(null, List.of(), null, null, null, null, null, Map.of());

        public Details {
            tags = tags == null ? List.of() : List.copyOf(tags);
            origins = origins == null ? Map.of() : Map.copyOf(origins);
        }
    }
}
