package dev.feedrafter.pipeline;

import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.store.SeenEntry;
import dev.feedrafter.story.EntryKey;
import dev.feedrafter.util.Urls;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: conditional GET, parse, keep the entries not seen before and those whose text in the feed
 * changed since (see {@link EntryRevisions}) or whose article page failed for now at the last polls, and hand
 * each to the {@link EntryProcessor}. A failure of one entry never stops the others; a failure of the feed is
 * recorded on its row and returned, never thrown.
 */
public final class PollFeed {
    /** How many polls in a row may try an entry's article page before its draft stays with the feed's text. */
    static final int PAGE_ATTEMPTS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(PollFeed.class);

    private final Database db;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final EntryProcessor processor;
    private final FeedHealth health;
    private final Clock clock;

    PollFeed(Database db, HttpFetcher fetcher, FeedParser parser, EntryProcessor processor, FeedHealth health,
             Clock clock) {
        this.db = db;
        this.fetcher = fetcher;
        this.parser = parser;
        this.processor = processor;
        this.health = health;
        this.clock = clock;
    }

    public FeedPollResult poll(FeedSource feed, PollOptions options) {
        long started = System.nanoTime();
        Instant start = clock.instant();
        FeedPollResult result;
        try {
            result = pollOnce(feed, options, start);
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.debug("poll of {} failed", feed.name(), e);
            result = fail(feed, start, error, false, null);
        }
        LOG.info("poll feed=\"{}\" outcome=\"{}\" new={} revised={} drafts={} in {} ms", feed.name(),
                result.outcomeText(), result.newEntries(), result.revisedEntries(), result.drafts(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private FeedPollResult pollOnce(FeedSource feed, PollOptions options, Instant start) {
        FeedState state = db.transaction(s -> s.feeds().ensure(feed));
        if (state.disabled()) {
            return FeedPollResult.skipped(feed.name(), "feed disabled: " + state.disabledReason());
        }
        if (!options.force() && !state.isDue(start)) {
            return FeedPollResult.skipped(feed.name(), "not due before " + state.nextAttemptAt());
        }
        URI url = URI.create(state.currentUrl());
        // A backfill must see every entry the feed still lists, so it asks unconditionally (a 304 would hide them).
        boolean conditional = options.backfillDays() == null;
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(url, conditional ? state.etag() : null,
                conditional ? state.lastModified() : null));
        if (outcome instanceof FetchOutcome.Fetched f) {
            return fetched(feed, state, f, options, start);
        }
        if (outcome instanceof FetchOutcome.NotModified n) {
            health.success(feed, start, newUrl(state, n.permanentUrl()), n.etag(), n.lastModified(), state.ttl(),
                    n.cacheControl(), n.expires());
            return new FeedPollResult(feed.name(), FeedPollResult.Status.NOT_MODIFIED, 0, 0, List.of(), null);
        }
        if (outcome instanceof FetchOutcome.RateLimited r) {
            return fail(feed, start, r.problem(), false, r.retryAt());
        }
        boolean gone = outcome instanceof FetchOutcome.Failed x && x.failure() == FetchOutcome.Failure.GONE;
        return fail(feed, start, outcome.problem(), gone, null);
    }

    private FeedPollResult fetched(FeedSource feed, FeedState state, FetchOutcome.Fetched f, PollOptions options,
                                   Instant start) {
        ParsedFeed parsed = parser.parse(f.body(), f.contentType(), feed.name() + " (" + f.finalUrl() + ")",
                f.finalUrl().toString());
        Instant oldest = oldestToDraft(feed, state, options);
        List<EntryResult> results = new ArrayList<>();
        EntryRevisions revisions = new EntryRevisions(db, feed.name());
        List<EntryRevisions.Revision> pageRetries = new ArrayList<>();
        int fresh = 0;
        for (FeedEntry entry : parsed.entries()) {
            EntryKey key = EntryKey.of(entry);
            Optional<SeenEntry> seen = seen(feed, entry, key, options);
            if (seen.isPresent() && retriesPage(seen.get())) {
                pageRetries.add(new EntryRevisions.Revision(entry, key));
            } else if (seen.isPresent()) {
                revisions.note(entry, key, seen.get());
            } else {
                fresh++;
                results.add(processEntry(feed, entry, key, oldest));
            }
        }
        List<EntryRevisions.Revision> revised = revisions.toProcess();
        for (EntryRevisions.Revision r : revised) {
            results.add(processEntry(feed, r.entry(), r.key(), null));
        }
        for (EntryRevisions.Revision r : pageRetries) {
            results.add(processEntry(feed, r.entry(), r.key(), null));
        }
        health.success(feed, start, newUrl(state, f.permanentUrl()), f.etag(), f.lastModified(), parsed.ttl(),
                f.cacheControl(), f.expires());
        return new FeedPollResult(feed.name(), FeedPollResult.Status.OK, fresh, revised.size(), results, null);
    }

    /**
     * Whether a known entry's article page is tried again: it was drafted from the feed's text because its page
     * failed for a passing reason (429, 5xx, timeout) at the last polls, but not yet {@value #PAGE_ATTEMPTS} times.
     */
    private static boolean retriesPage(SeenEntry seen) {
        return seen.pageFailures() > 0 && seen.pageFailures() < PAGE_ATTEMPTS;
    }

    /** Where the feed is from now on: a permanent redirect moves it, a temporary one does not. */
    private static String newUrl(FeedState state, URI permanentUrl) {
        return permanentUrl != null ? permanentUrl.toString() : state.currentUrl();
    }

    /**
     * The entry as processed before, found by its key or — when the publisher changed the GUID — its link; empty
     * for a new entry. With a backfill, entries skipped earlier only for their age count as new again.
     */
    private Optional<SeenEntry> seen(FeedSource feed, FeedEntry entry, EntryKey key, PollOptions options) {
        return db.transaction(s -> {
            Optional<SeenEntry> known = s.entries().find(feed.name(), key.hash());
            if (known.isPresent() && known.get().tooOld() && options.backfillDays() != null) {
                s.entries().forgetTooOld(feed.name(), key.hash());
                return Optional.empty();
            }
            return known.isPresent() || entry.link() == null ? known
                    : s.entries().findByUrl(feed.name(), Urls.identity(entry.link()));
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
            LOG.warn("feed \"{}\": entry {} failed: {}", feed.name(),
                    entry.link() != null ? entry.link() : "\"" + entry.title() + "\"", e.getMessage());
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

    private FeedPollResult fail(FeedSource feed, Instant start, String error, boolean gone, Instant retryAt) {
        String reported = error;
        try {
            reported = health.failure(feed, start, error, gone, retryAt);
        } catch (RuntimeException e) {
            LOG.error("cannot record the failure of feed \"{}\": {}", feed.name(), e.getMessage());
        }
        return new FeedPollResult(feed.name(), FeedPollResult.Status.FAILED, 0, 0, List.of(), reported);
    }
}
