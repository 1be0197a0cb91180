package dev.feedrafter.model;

import java.util.List;

/**
 * What Feedrafter found when it read a draft's body: safety flags for the editor, how many words are quoted
 * from sources (in blockquotes), and the share of the body's 8-word runs that appear word for word in a
 * source ({@code quoteOverlap}, 0 to 1; null when it was never measured, e.g. for drafts stored before).
 */
public record Review(List<Flag> flags, int quotedWords, Double quoteOverlap) {
    public static final Review NONE = new Review(List.of(), 0, null);

    public Review {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
