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
    public static final String IMPORT_KEY = "";

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

    /** Told how a feed import goes, entry by entry (the web UI shows it while it runs). */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void found(int entries) {}

            @Override
            public void imported(EntryResult result) {}
        };

        /** The feed was read and has this many entries. */
        void found(int entries);

        /** One entry is done. */
        void imported(EntryResult result);
    }

    /** Imports the current entries of a feed; throws {@link PipelineException} when the feed cannot be read. */
    public List<EntryResult> importFeed(URI url, boolean requireRelevance) {
        return importFeed(url, requireRelevance, Progress.NONE);
    }

    /** As {@link #importFeed(URI, boolean)}, telling {@code progress} of each entry as it is done. */
    public List<EntryResult> importFeed(URI url, boolean requireRelevance, Progress progress) {
        Check.notNull(url, "url");
        Check.notNull(progress, "progress");
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url, null, null));
        if (!(outcome instanceof FetchOutcome.Fetched f)) {
            throw new PipelineException(outcome.problem());  // names the URL
        }
        ParsedFeed feed = parser.parse(f.body(), f.contentType(), url.toString(), f.finalUrl().toString());
        progress.found(feed.entries().size());
        List<EntryResult> results = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            URI page = entry.link() == null ? null : URI.create(entry.link());
            EntryResult result;
            try {
                result = processor.process(new EntryProcessor.Item(IMPORT_KEY, feed.title(), EntryKey.of(entry),
                        entry, page, fetchPages, requireRelevance));
            } catch (RuntimeException e) {
                result = new EntryResult(EntryResult.Outcome.FAILED, entry.link(), entry.title(), null,
                        e.getMessage());
            }
            results.add(result);
            progress.imported(result);
        }
        return results;
    }
}
