package dev.feedrafter.cli;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.pipeline.Pipeline;
import dev.feedrafter.store.Database;

/** What a command works with: the loaded configuration and, opened on first use, the store and pipeline. */
final class Session implements AutoCloseable {
    private final FeedrafterConfig config;
    private Database database;
    private Pipeline pipeline;

    private Session(FeedrafterConfig config) {
        this.config = config;
    }

    static Session open(FeedrafterCommand root) {
        return new Session(new ConfigLoader().load(root.configFile()));
    }

    FeedrafterConfig config() {
        return config;
    }

    Database database() {
        if (database == null) {
            database = Database.open(config.store());
        }
        return database;
    }

    Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(config, database());
        }
        return pipeline;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
