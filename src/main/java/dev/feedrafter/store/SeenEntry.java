package dev.feedrafter.store;

/**
 * An entry already recorded for a feed: what became of it ({@code outcome}, as stored: "drafted", "too-old"…),
 * its story (null when it made none) and the fingerprint of what the feed said of it (null for entries stored
 * before fingerprints were kept).
 */
public record SeenEntry(long id, String outcome, Long storyId, String fingerprint) {
    /** True when the entry was skipped only for its age. */
    public boolean tooOld() {
        return EntryRepository.Outcome.TOO_OLD.label().equals(outcome);
    }
}
