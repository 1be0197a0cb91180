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

    /**
     * The article, or the reason there is none (exactly one is non-null); {@code passing} when the page failed
     * for a reason that may be gone at the next poll (rate limit, server error, timeout, network).
     */
    record Loaded(Article article, String error, boolean passing) {}

    Loaded load(URI url) {
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(url));
        if (outcome instanceof FetchOutcome.Fetched f) {
            return new Loaded(extractor.extract(f.body(), f.contentType(), f.finalUrl().toString()), null, false);
        }
        return new Loaded(null, outcome.problem(), isPassing(outcome));
    }

    private static boolean isPassing(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.RateLimited) {
            return true;
        }
        return outcome instanceof FetchOutcome.Failed f && (f.failure() == FetchOutcome.Failure.TIMEOUT
                || f.failure() == FetchOutcome.Failure.NETWORK
                || f.failure() == FetchOutcome.Failure.HTTP_STATUS && f.status() >= 500);
    }
}
