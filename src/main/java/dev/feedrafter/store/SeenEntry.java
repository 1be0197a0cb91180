package dev.feedrafter.store;

/**
 * An entry already recorded for a feed: what became of it ({@code outcome}, as stored: "drafted", "too-old"…),
 * its story (null when it made none) and the fingerprint of what the feed said of it (null for entries stored
 * before fingerprints were kept), and how many polls in a row could not fetch its article page for a passing reason.
 */
public record SeenEntry(long id, String outcome, Long storyId, String fingerprint, int pageFailures) {
    /** True when the entry was skipped only for its age. */
    public boolean tooOld() {
        return EntryRepository.Outcome.TOO_OLD.label().equals(outcome);
    }
}
