package dev.feedrafter.pipeline;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.SeenEntry;
import dev.feedrafter.story.EntryKey;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which known entries of one poll are read again. A feed that now says something else of an entry — a
 * corrected title, a rewritten summary, a republished report at the same address — has revised it: the entry is
 * processed again, so that the outlet's source and the story's draft follow ({@link StoryWriter} and
 * {@link DraftRefresh} decide what changes). Entries stored before fingerprints were kept, and entries skipped for
 * their age, adopt the new fingerprint silently. When most of a feed's known entries change at once, the feed
 * changed its format, or puts changing text (a counter, a date) in every item, rather than revising its reports:
 * the new fingerprints are adopted and nothing is read again.
 */
final class EntryRevisions {
    private static final Logger LOG = LoggerFactory.getLogger(EntryRevisions.class);
    /** Fewer changed entries than this are always revisions: a feed of one or two items shows no pattern. */
    private static final int FORMAT_CHANGE_MIN = 3;

    /** A known entry to process again. */
    record Revision(FeedEntry entry, EntryKey key) {}

    private record Changed(Revision revision, long id, String fingerprint) {}

    private final Database db;
    private final String feedName;
    private final List<Changed> changed = new ArrayList<>();
    private int known;

    EntryRevisions(Database db, String feedName) {
        this.db = db;
        this.feedName = feedName;
    }

    /** Notes a known entry of this poll, as the feed lists it now. */
    void note(FeedEntry entry, EntryKey key, SeenEntry seen) {
        known++;
        String fingerprint = EntryFingerprint.of(entry);
        if (fingerprint.equals(seen.fingerprint())) {
            return;
        }
        if (seen.fingerprint() == null || seen.tooOld()) {
            adopt(seen.id(), fingerprint);
        } else {
            changed.add(new Changed(new Revision(entry, key), seen.id(), fingerprint));
        }
    }

    /** The revisions to process, once every entry of the poll was noted. */
    List<Revision> toProcess() {
        if (changed.size() >= FORMAT_CHANGE_MIN && changed.size() * 2 > known) {
            LOG.info("feed \"{}\" changed the text of {} of its {} known entries at once: taken as a change of the "
                    + "feed's format, not as revised reports", feedName, changed.size(), known);
            changed.forEach(c -> adopt(c.id(), c.fingerprint()));
            return List.of();
        }
        return changed.stream().map(Changed::revision).toList();
    }

    private void adopt(long id, String fingerprint) {
        db.transaction(s -> {
            s.entries().adoptFingerprint(id, fingerprint);
            return null;
        });
    }
}
