package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.DraftComposer;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.extract.SiteRules;
import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.match.RelevanceMatcher;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.publish.DraftFiles;
import dev.feedrafter.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point that the scheduler, the command line and the web UI call: it wires the stages for one
 * configuration and store, and offers {@link PollFeed} and {@link ImportUrl}.
 */
public final class Pipeline {
    private final FeedrafterConfig config;
    private final PollFeed pollFeed;
    private final ImportUrl importUrl;

    public Pipeline(FeedrafterConfig config, Database db) {
        this(config, db, Clock.systemUTC());
    }

    public Pipeline(FeedrafterConfig config, Database db, Clock clock) {
        this(config, db, new HttpFetcher(config.fetch(), clock), clock);
    }

    /**
     * With a fetcher that outlives this pipeline (made for {@code config.fetch()}), so that a reload of feeds.yml
     * keeps the per-host limits and robots.txt rules it has learned.
     */
    public Pipeline(FeedrafterConfig config, Database db, HttpFetcher fetcher, Clock clock) {
        this.config = config;
        FeedParser parser = new FeedParser(clock);
        EntryProcessor processor = new EntryProcessor(config, db, new ArticleLoader(fetcher,
                new ArticleExtractor(SiteRules.withConfigured(config.siteRules()))),
                new RelevanceMatcher(config.clinic().services(), config.topics()),
                new StoryWriter(config, DraftComposer.of(config)), CitationCompletion.of(config, db, clock),
                new DraftFiles(config.drafts().dir(), DraftDocument.of(config.drafts())), clock);
        this.pollFeed = new PollFeed(db, fetcher, parser, processor, new FeedHealth(db, config.fetch()), clock);
        this.importUrl = new ImportUrl(fetcher, parser, processor, config.defaults().fetchArticle());
    }

    public PollFeed pollFeed() {
        return pollFeed;
    }

    public ImportUrl importUrl() {
        return importUrl;
    }

    /** Polls the given feeds one after another; each feed's failure is in its result, never thrown. */
    public List<FeedPollResult> pollAll(List<FeedSource> feeds, PollOptions options, PollProgress progress) {
        List<FeedPollResult> results = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            FeedSource feed = feeds.get(i);
            progress.started(i + 1, feeds.size(), feed.name());
            FeedPollResult result = pollFeed.poll(feed, options);
            results.add(result);
            progress.finished(i + 1, feeds.size(), result);
        }
        return results;
    }

    public FeedrafterConfig config() {
        return config;
    }
}
