package dev.feedrafter.feed;

import java.util.List;

/**
 * One item as the feed gives it, before normalization: the format readers (ROME for XML, Jackson for JSON
 * Feed) fill it, {@link EntryNormalizer} turns it into a {@code FeedEntry}. Strings may be null or raw;
 * {@code summaryHtml} and {@code contentHtml} are unsanitized HTML, {@code base} is the URL that relative
 * links in the item resolve against.
 */
record RawEntry(String guid, String link, String title, String summaryHtml, String contentHtml,
                List<String> authors, DateValue published, DateValue updated, List<String> categories,
                List<String> images, List<String> identifiers, String base) {

    /** A date as written in the feed, with the element it came from (for warnings); both null when absent. */
    record DateValue(String text, String element) {
        static final DateValue NONE = new DateValue(null, null);
    }
}
