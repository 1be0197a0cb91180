package dev.feedrafter.pipeline;

import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.story.EntryKey;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Urls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One-off imports, outside the schedule: single article pages, or the current entries of a feed that is
 * not added to feeds.yml. Topic filters apply only when asked ({@code requireRelevance}).
 */
public final class ImportUrl {
    /** Entries of imports are recorded under this feed key, apart from every configured feed. */
    static final String IMPORT_KEY = "";

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final EntryProcessor processor;
    private final boolean fetchPages;

    ImportUrl(HttpFetcher fetcher, FeedParser parser, EntryProcessor processor, boolean fetchPages) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.processor = processor;
        this.fetchPages = fetchPages;
    }

    /** Imports one article page; never throws for a bad page or URL, the result says what went wrong. */
    public EntryResult importArticle(URI url, boolean requireRelevance) {
        Check.notNull(url, "url");
        try {
            EntryKey key = EntryKey.ofUrl(Urls.clean(url.toString()));
            return processor.process(new EntryProcessor.Item(IMPORT_KEY, null, key, null, url, true,
                    requireRelevance));
        } catch (RuntimeException e) {
            return new EntryResult(EntryResult.Outcome.FAILED, url.toString(), null, null, e.getMessage());
        }
    }

    /** Imports the current entries of a feed; throws {@link PipelineException} when the feed cannot be read. */
    public List<EntryResult> importFeed(URI url, boolean requireRelevance) {
        Check.notNull(url, "url");
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url, null, null));
        if (!(outcome instanceof FetchOutcome.Fetched f)) {
            throw new PipelineException(url + ": " + outcome.problem());
        }
        ParsedFeed feed = parser.parse(f.body(), f.contentType(), url.toString(), f.finalUrl().toString());
        List<EntryResult> results = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            URI page = entry.link() == null ? null : URI.create(entry.link());
            try {
                results.add(processor.process(new EntryProcessor.Item(IMPORT_KEY, feed.title(), EntryKey.of(entry),
                        entry, page, fetchPages, requireRelevance)));
            } catch (RuntimeException e) {
                results.add(new EntryResult(EntryResult.Outcome.FAILED, entry.link(), entry.title(), null,
                        e.getMessage()));
            }
        }
        return results;
    }
}
