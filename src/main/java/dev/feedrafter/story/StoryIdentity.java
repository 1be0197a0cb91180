package dev.feedrafter.story;

import dev.feedrafter.model.Article;
import dev.feedrafter.util.Urls;
import java.util.Locale;

/**
 * What makes two reports the same story: the DOI of the research they report (lower-case, as DOIs are
 * case-insensitive) or the article's canonical URL. Either may be null.
 */
public record StoryIdentity(String doi, String urlKey) {
    public static StoryIdentity of(Article article) {
        String doi = article.citation().doi();
        return new StoryIdentity(doi == null ? null : doi.toLowerCase(Locale.ROOT),
                Urls.identity(article.identityUrl()));
    }
}
