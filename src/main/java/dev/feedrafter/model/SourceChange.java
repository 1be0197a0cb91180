package dev.feedrafter.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A change to a draft's sources that arrived after an editor changed its body, so the body could not follow
 * it: an outlet {@code ADDED} to the story, or an outlet's report {@code UPDATED} (new title, date or text).
 */
public record SourceChange(Instant at, Change change, Source source) {
    public enum Change {
        ADDED, UPDATED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
