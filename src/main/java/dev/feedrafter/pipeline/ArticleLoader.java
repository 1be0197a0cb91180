package dev.feedrafter.pipeline;

import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.model.Article;
import java.net.URI;

/** Fetches an article page and extracts it; a page that cannot be fetched is a {@link Loaded} with an error. */
final class ArticleLoader {
    private final HttpFetcher fetcher;
    private final ArticleExtractor extractor;

    ArticleLoader(HttpFetcher fetcher, ArticleExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    /** The article, or the reason there is none (exactly one is non-null). */
    record Loaded(Article article, String error) {}

    Loaded load(URI url) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(url));
        if (outcome instanceof FetchOutcome.Fetched f) {
            return new Loaded(extractor.extract(f.body(), f.contentType(), f.finalUrl().toString()), null);
        }
        return new Loaded(null, outcome.problem());
    }
}
