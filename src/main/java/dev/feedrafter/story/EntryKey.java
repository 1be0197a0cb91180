package dev.feedrafter.story;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.Hashes;
import dev.feedrafter.util.Urls;

/**
 * The identity of a feed entry within its feed: its GUID, else its cleaned link. Stored as a SHA-256 hash
 * so that keys of any length fit one indexed column.
 */
public record EntryKey(String value) {
    public static EntryKey of(FeedEntry entry) {
        String link = entry.link() == null ? null : Urls.identity(entry.link());
        boolean idIsLink = entry.id() != null && entry.id().equals(entry.link());
        return new EntryKey(idIsLink || entry.id() == null ? "url:" + link : "id:" + entry.id());
    }

    /** The key of an article imported by URL, outside any feed. */
    public static EntryKey ofUrl(String url) {
        return new EntryKey("url:" + Urls.identity(url));
    }

    public String hash() {
        return Hashes.sha256(value);
    }
}
