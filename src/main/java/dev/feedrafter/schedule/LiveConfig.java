package dev.feedrafter.schedule;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.pipeline.Pipeline;
import dev.feedrafter.store.Database;
import dev.feedrafter.util.Check;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configuration in force and the pipeline built from it. A reload swaps both at once, so a poll that has
 * started finishes with the settings it started with and the next one uses the new ones.
 */
final class LiveConfig {
    /** A configuration, its pipeline and the fetcher the pipeline uses. */
    record InForce(FeedrafterConfig config, Pipeline pipeline, HttpFetcher fetcher) {}

    private final Database db;
    private final AtomicReference<InForce> current = new AtomicReference<>();

    LiveConfig(FeedrafterConfig config, Database db) {
        this.db = Check.notNull(db, "db");
        apply(config);
    }

    InForce current() {
        return current.get();
    }

    FeedrafterConfig config() {
        return current.get().config();
    }

    /** Builds the pipeline for {@code config} (which may fail, e.g. on a missing template) and puts both in force. */
    void apply(FeedrafterConfig config) {
        Check.notNull(config, "config");
        InForce was = current.get();
        // the same fetch settings keep the same fetcher: per-host limits must hold across a reload, and robots.txt
        // is read once a day per site, not again at every edit of feeds.yml
        HttpFetcher fetcher = was != null && was.config().fetch().equals(config.fetch()) ? was.fetcher()
                : new HttpFetcher(config.fetch());
        current.set(new InForce(config, new Pipeline(config, db, fetcher, Clock.systemUTC()), fetcher));
    }
}
