package dev.feedrafter.store;

import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Entries already seen, per feed, so that each is processed once. */
public final class EntryRepository {
    private final Handle h;

    EntryRepository(Handle handle) {
        this.h = handle;
    }

    /** What became of an entry. */
    public enum Outcome {
        DRAFTED, JOINED, NOT_RELEVANT, TOO_OLD, REJECTED_STORY;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean exists(String feedName, String keyHash) {
        return h.createQuery("SELECT COUNT(*) FROM entries WHERE feed_name = :feed AND key_hash = :hash")
                .bind("feed", feedName).bind("hash", keyHash).mapTo(Integer.class).one() > 0;
    }

    /** True when the feed already had an entry with this link (a publisher may change an item's GUID). */
    public boolean existsUrl(String feedName, String urlKey) {
        return urlKey != null && h.createQuery("SELECT COUNT(*) FROM entries WHERE feed_name = :feed AND url_key = :key")
                .bind("feed", feedName).bind("key", Texts.truncate(urlKey, 2000)).mapTo(Integer.class).one() > 0;
    }

    /** True when the entry was seen and skipped only for its age, so that a backfill may take it now. */
    public boolean wasTooOld(String feedName, String keyHash) {
        return h.createQuery("SELECT COUNT(*) FROM entries WHERE feed_name = :feed AND key_hash = :hash "
                        + "AND outcome = 'too-old'")
                .bind("feed", feedName).bind("hash", keyHash).mapTo(Integer.class).one() > 0;
    }

    /** Forgets an entry skipped for its age, before a backfill processes it again. */
    public void forgetTooOld(String feedName, String keyHash) {
        h.createUpdate("DELETE FROM entries WHERE feed_name = :feed AND key_hash = :hash AND outcome = 'too-old'")
                .bind("feed", feedName).bind("hash", keyHash).execute();
    }

    /** Records an entry; {@code storyId} may be null when it made no story. */
    public void insert(String feedName, String key, String keyHash, String url, String title, Instant published,
                       Long storyId, Outcome outcome, String detail, Instant seenAt) {
        h.createUpdate("INSERT INTO entries (feed_name, key_hash, entry_key, url, url_key, title, published_at, "
                        + "story_id, outcome, detail, seen_at) VALUES (:feed, :hash, :key, :url, :urlKey, :title, "
                        + ":published, :story, :outcome, :detail, :seen)")
                .bind("feed", feedName).bind("hash", keyHash).bind("key", Texts.truncate(key, 4000))
                .bind("url", Texts.truncate(url, 2000)).bind("urlKey", Texts.truncate(Urls.identity(url), 2000))
                .bind("title", Texts.truncate(title, 1000))
                .bind("published", Times.utc(published)).bind("story", storyId).bind("outcome", outcome.label())
                .bind("detail", Texts.truncate(detail, 4000)).bind("seen", Times.utc(seenAt)).execute();
    }
}
