package dev.feedrafter.schedule;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.pipeline.Pipeline;
import dev.feedrafter.store.Database;
import dev.feedrafter.util.Check;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configuration in force and the pipeline built from it. A reload swaps both at once, so a poll that has
 * started finishes with the settings it started with and the next one uses the new ones.
 */
final class LiveConfig {
    /** A configuration and its pipeline. */
    record InForce(FeedrafterConfig config, Pipeline pipeline) {}

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
        current.set(new InForce(config, new Pipeline(config, db)));
    }
}
