package dev.feedrafter.model;

import java.net.URI;
import java.util.List;

/** One configured feed: where it is, how often to poll it, and how to treat its entries. */
public record FeedSource(String name, URI url, Schedule schedule, boolean fetchArticle, int maxAgeDays,
                         List<String> tags) {
    public FeedSource {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
