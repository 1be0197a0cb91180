package dev.feedrafter.model;

import java.time.Duration;
import java.util.List;

/**
 * A parsed feed: its format (e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}), title, site link,
 * the publisher's own polling hint ({@code <ttl>}, null when absent), entries in document order and warnings.
 */
public record ParsedFeed(String format, String title, String link, Duration ttl, List<FeedEntry> entries,
                         List<String> warnings) {
    public ParsedFeed {
        entries = entries == null ? List.of() : List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
