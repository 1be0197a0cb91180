package dev.feedrafter.model;

import java.time.Instant;
import java.util.List;

/**
 * One normalized feed item. Optional values are null when the feed does not carry them;
 * lists are never null. Problems found in the item (a bad date, a missing link) are in {@code warnings}.
 */
public record FeedEntry(String id, String link, String title, String summaryHtml, String summaryText,
                        String contentHtml, String contentText, List<String> authors, Instant published,
                        Instant updated, List<String> categories, String image, String doi, String pmid,
                        List<String> warnings) {
    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
