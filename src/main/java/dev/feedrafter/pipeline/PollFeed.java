package dev.feedrafter.pipeline;

import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.fetch.Backoff;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.story.EntryKey;
import dev.feedrafter.util.Urls;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: conditional GET, parse, keep the entries not seen before, and hand each to the
 * {@link EntryProcessor}. A failure of one entry never stops the others; a failure of the feed is recorded on
 * its row and returned, never thrown.
 */
public final class PollFeed {
    private static final Logger LOG = LoggerFactory.getLogger(PollFeed.class);

    private final Database db;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final EntryProcessor processor;
    private final Clock clock;

    PollFeed(Database db, HttpFetcher fetcher, FeedParser parser, EntryProcessor processor, Clock clock) {
        this.db = db;
        this.fetcher = fetcher;
        this.parser = parser;
        this.processor = processor;
        this.clock = clock;
    }

    public FeedPollResult poll(FeedSource feed, PollOptions options) {
        long started = System.nanoTime();
        FeedPollResult result;
        try {
            result = pollOnce(feed, options);
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.debug("poll of {} failed", feed.name(), e);
            recordFailure(feed, error);
            result = new FeedPollResult(feed.name(), FeedPollResult.Status.FAILED, 0, List.of(), error);
        }
        LOG.info("poll feed=\"{}\" outcome=\"{}\" new={} drafts={} in {} ms", feed.name(), result.outcomeText(),
                result.newEntries(), result.drafts(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private FeedPollResult pollOnce(FeedSource feed, PollOptions options) {
        FeedState state = db.transaction(s -> s.feeds().ensure(feed));
        if (state.disabled()) {
            return new FeedPollResult(feed.name(), FeedPollResult.Status.SKIPPED, 0, List.of(), "feed disabled");
        }
        URI url = URI.create(state.currentUrl());
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url, state.etag(), state.lastModified()));
        if (outcome instanceof FetchOutcome.Fetched f) {
            return fetched(feed, state, f, options);
        }
        if (outcome instanceof FetchOutcome.NotModified n) {
            recordSuccess(feed, state.currentUrl(), n.etag(), n.lastModified());
            return new FeedPollResult(feed.name(), FeedPollResult.Status.NOT_MODIFIED, 0, List.of(), null);
        }
        return fail(feed, outcome.problem());
    }

    private FeedPollResult fetched(FeedSource feed, FeedState state, FetchOutcome.Fetched f, PollOptions options) {
        ParsedFeed parsed = parser.parse(f.body(), f.contentType(), feed.name() + " (" + f.finalUrl() + ")",
                f.finalUrl().toString());
        Instant oldest = oldestToDraft(feed, state, options);
        List<EntryResult> results = new ArrayList<>();
        int fresh = 0;
        for (FeedEntry entry : parsed.entries()) {
            EntryKey key = EntryKey.of(entry);
            if (seen(feed, entry, key, options)) {
                continue;
            }
            fresh++;
            results.add(processEntry(feed, entry, key, oldest));
        }
        String current = f.permanentUrl() != null ? f.permanentUrl().toString() : state.currentUrl();
        recordSuccess(feed, current, f.etag(), f.lastModified());
        return new FeedPollResult(feed.name(), FeedPollResult.Status.OK, fresh, results, null);
    }

    /**
     * Whether the entry was processed before: its key, or — when the publisher changed the GUID — its link.
     * With a backfill, entries skipped earlier only for their age count as new again.
     */
    private boolean seen(FeedSource feed, FeedEntry entry, EntryKey key, PollOptions options) {
        return db.transaction(s -> {
            if (options.backfillDays() != null && s.entries().wasTooOld(feed.name(), key.hash())) {
                s.entries().forgetTooOld(feed.name(), key.hash());
                return false;
            }
            return s.entries().exists(feed.name(), key.hash())
                    || entry.link() != null && s.entries().existsUrl(feed.name(), Urls.identity(entry.link()));
        });
    }

    private EntryResult processEntry(FeedSource feed, FeedEntry entry, EntryKey key, Instant oldest) {
        URI page = pageUrl(entry);
        EntryProcessor.Item item = new EntryProcessor.Item(feed.name(), feed.name(), key, entry, page,
                feed.fetchArticle(), true);
        try {
            if (oldest != null && entry.published() != null && entry.published().isBefore(oldest)) {
                processor.recordTooOld(item);
                return new EntryResult(EntryResult.Outcome.TOO_OLD, entry.link(), entry.title(), null,
                        "published " + entry.published() + ", before " + oldest);
            }
            return processor.process(item);
        } catch (RuntimeException e) {
            LOG.warn("feed \"{}\": entry {} failed: {}", feed.name(), entry.link(), e.getMessage());
            LOG.debug("entry failure", e);
            return new EntryResult(EntryResult.Outcome.FAILED, entry.link(), entry.title(), null, e.getMessage());
        }
    }

    /**
     * The first poll of a feed drafts only entries from the last {@code max_age_days}, so adding a feed does not
     * flood the inbox with its archive; {@code --backfill DAYS} widens that window. Later polls draft every new
     * entry (null: no limit), since an entry first seen now is news to the clinic whatever its date.
     */
    private Instant oldestToDraft(FeedSource feed, FeedState state, PollOptions options) {
        if (options.backfillDays() != null) {
            return clock.instant().minus(Duration.ofDays(options.backfillDays()));
        }
        return state.isNew() ? clock.instant().minus(Duration.ofDays(feed.maxAgeDays())) : null;
    }

    private static URI pageUrl(FeedEntry entry) {
        if (entry.link() == null) {
            return null;
        }
        try {
            return URI.create(entry.link());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FeedPollResult fail(FeedSource feed, String error) {
        recordFailure(feed, error);
        return new FeedPollResult(feed.name(), FeedPollResult.Status.FAILED, 0, List.of(), error);
    }

    private void recordSuccess(FeedSource feed, String currentUrl, String etag, String lastModified) {
        Instant now = clock.instant();
        db.transaction(s -> {
            s.feeds().recordSuccess(feed.name(), currentUrl, etag, lastModified, now,
                    Backoff.afterSuccess(now, interval(feed)));
            return null;
        });
    }

    private void recordFailure(FeedSource feed, String error) {
        Instant now = clock.instant();
        try {
            db.transaction(s -> {
                s.feeds().ensure(feed);
                int failures = s.feeds().find(feed.name()).map(FeedState::failuresInRow).orElse(0) + 1;
                s.feeds().recordFailure(feed.name(), error, now, Backoff.afterFailure(now, interval(feed), failures));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("cannot record the failure of feed \"{}\": {}", feed.name(), e.getMessage());
        }
    }

    private static Duration interval(FeedSource feed) {
        return feed.schedule().interval();
    }
}
