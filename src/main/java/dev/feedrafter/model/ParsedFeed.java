package dev.feedrafter.model;

import java.time.Duration;
import java.util.List;

/**
 * A parsed feed: its format (e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}), title, site link,
 * the publisher's own polling hint ({@code <ttl>}, null when absent), entries in document order, warnings
 * about the feed as a whole (such as repairs made to read it), and the character encoding its text was read
 * in (null when unknown).
 */
public record ParsedFeed(String format, String title, String link, Duration ttl, List<FeedEntry> entries,
                         List<String> warnings, String encoding) {
    public ParsedFeed {
        entries = entries == null ? List.of() : List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A feed whose encoding is not known. */
    public ParsedFeed(String format, String title, String link, Duration ttl, List<FeedEntry> entries,
                      List<String> warnings) {
        this(format, title, link, ttl, entries, warnings, null);
    }
}
