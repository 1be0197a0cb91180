package dev.feedrafter.store;

import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Entries already seen, per feed, so that each is processed once. */
public final class EntryRepository {
    private static final RowMapper<SeenEntry> SEEN = (rs, ctx) -> new SeenEntry(rs.getLong("id"),
            rs.getString("outcome"), rs.getObject("story_id", Long.class), rs.getString("fingerprint"),
            rs.getInt("page_failures"));

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

    /** The entry recorded under this key. */
    public Optional<SeenEntry> find(String feedName, String keyHash) {
        return h.createQuery("SELECT id, outcome, story_id, fingerprint, page_failures FROM entries WHERE feed_name = :feed "
                + "AND key_hash = :hash").bind("feed", feedName).bind("hash", keyHash).map(SEEN).findOne();
    }

    /** The first entry recorded with this link (a publisher may change an item's GUID). */
    public Optional<SeenEntry> findByUrl(String feedName, String urlKey) {
        if (urlKey == null) {
            return Optional.empty();
        }
        return h.createQuery("SELECT id, outcome, story_id, fingerprint, page_failures FROM entries WHERE feed_name = :feed "
                        + "AND url_key = :key ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .bind("feed", feedName).bind("key", Texts.truncate(urlKey, 2000)).map(SEEN).findOne();
    }

    /**
     * Counts one more poll whose fetch of the entry's article page failed for a passing reason, or, when
     * {@code failed} is false, starts the count again (the page was read, or failed for good).
     */
    public void notePage(String feedName, String keyHash, boolean failed) {
        h.createUpdate("UPDATE entries SET page_failures = " + (failed ? "page_failures + 1" : "0")
                + " WHERE feed_name = :feed AND key_hash = :hash").bind("feed", feedName).bind("hash", keyHash)
                .execute();
    }

    /** Keeps the fingerprint of what the feed now says of a known entry, without processing it again. */
    public void adoptFingerprint(long id, String fingerprint) {
        h.createUpdate("UPDATE entries SET fingerprint = :fp WHERE id = :id").bind("id", id).bind("fp", fingerprint)
                .execute();
    }

    /**
     * Records that a known entry was processed again (a revision, or a page imported again): its title and
     * fingerprint (kept when null) follow; a story it now made is linked, with that outcome, when it had none.
     */
    public void revise(SeenEntry known, String title, String fingerprint, Long storyId, Outcome outcome) {
        boolean linksStory = known.storyId() == null && storyId != null;
        var update = h.createUpdate("UPDATE entries SET title = COALESCE(:title, title), "
                        + "fingerprint = COALESCE(:fp, fingerprint)"
                        + (linksStory ? ", story_id = :story, outcome = :outcome, detail = NULL" : "") + " WHERE id = :id")
                .bind("id", known.id()).bind("title", Texts.truncate(title, 1000)).bind("fp", fingerprint);
        if (linksStory) {
            update.bind("story", storyId).bind("outcome", outcome.label());
        }
        update.execute();
    }

    /** Forgets an entry skipped for its age, before a backfill processes it again. */
    public void forgetTooOld(String feedName, String keyHash) {
        h.createUpdate("DELETE FROM entries WHERE feed_name = :feed AND key_hash = :hash AND outcome = 'too-old'")
                .bind("feed", feedName).bind("hash", keyHash).execute();
    }

    /**
     * Records an entry; {@code storyId} may be null when it made no story, {@code fingerprint} when the entry
     * is no feed item (an imported page).
     */
    public void insert(String feedName, String key, String keyHash, String url, String title, Instant published,
                       Long storyId, Outcome outcome, String detail, String fingerprint, Instant seenAt) {
        h.createUpdate("INSERT INTO entries (feed_name, key_hash, entry_key, url, url_key, title, published_at, "
                        + "story_id, outcome, detail, fingerprint, seen_at) VALUES (:feed, :hash, :key, :url, :urlKey, "
                        + ":title, :published, :story, :outcome, :detail, :fp, :seen)")
                .bind("feed", feedName).bind("hash", keyHash).bind("key", Texts.truncate(key, 4000))
                .bind("url", Texts.truncate(url, 2000)).bind("urlKey", Texts.truncate(Urls.identity(url), 2000))
                .bind("title", Texts.truncate(title, 1000))
                .bind("published", Times.utc(published)).bind("story", storyId).bind("outcome", outcome.label())
                .bind("detail", Texts.truncate(detail, 4000)).bind("fp", fingerprint).bind("seen", Times.utc(seenAt))
                .execute();
    }
}
