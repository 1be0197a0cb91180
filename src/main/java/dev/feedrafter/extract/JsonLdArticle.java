package dev.feedrafter.extract;

import java.util.List;

/** The article fields found in a page's JSON-LD; each is null (or empty) when absent. */
record JsonLdArticle(String headline, List<String> authors, String datePublished, String dateModified,
                     String image, String publisher, String description, String section, List<String> keywords,
                     String url) {
    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, null, null, null,
            List.of(), null);
}
