package dev.feedrafter.model;

import java.time.Instant;
import java.util.List;

/**
 * What an editor needs from one article page. Optional values are null when the page does not give them;
 * lists are never null. {@code bodyHtml} is sanitized; {@code bodyText} has paragraphs separated by blank lines.
 */
public record Article(String url, String canonicalUrl, String title, List<String> authors, Instant published,
                      Instant modified, String siteName, String language, String description, String summary,
                      List<String> keyFacts, String bodyText, String bodyHtml, Image image,
                      String sourceInstitution, Citation citation, ResearchLinks links, List<String> warnings) {
    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        citation = citation == null ? Citation.NONE : citation;
        links = links == null ? ResearchLinks.NONE : links;
    }

    /** The identity URL of the article: its canonical URL, else the URL it was fetched from. */
    public String identityUrl() {
        return canonicalUrl != null ? canonicalUrl : url;
    }
}
