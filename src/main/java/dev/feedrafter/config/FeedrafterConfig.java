package dev.feedrafter.config;

import dev.feedrafter.model.FeedSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The whole validated configuration from feeds.yml; immutable and passed into constructors. */
public record FeedrafterConfig(Path file, ClinicConfig clinic, TopicsConfig topics, DefaultsConfig defaults,
                               List<FeedSource> feeds, DraftsConfig drafts, StoreConfig store, FetchConfig fetch,
                               WebConfig web, ScheduleConfig schedule, SiteRulesConfig siteRules) {
    public FeedrafterConfig {
        feeds = List.copyOf(feeds);
        siteRules = siteRules == null ? SiteRulesConfig.NONE : siteRules;
    }

    public Optional<FeedSource> feed(String name) {
        return feeds.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** A copy with another store, e.g. a temporary database for the demo. */
    public FeedrafterConfig withStore(StoreConfig newStore) {
        return new FeedrafterConfig(file, clinic, topics, defaults, feeds, drafts, newStore, fetch, web, schedule, siteRules);
    }

    /** A copy with another feed list. */
    public FeedrafterConfig withFeeds(List<FeedSource> newFeeds) {
        return new FeedrafterConfig(file, clinic, topics, defaults, newFeeds, drafts, store, fetch, web, schedule, siteRules);
    }
}
