package dev.feedrafter.story;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.Urls;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        return sha256(value);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
