package dev.feedrafter.model;

import java.util.Locale;

/**
 * Something in a draft an editor should look at before publishing: the kind of problem, the words that
 * raised it, and the sentence they are in ({@code sentence} is null for whole-draft flags such as copied text).
 */
public record Flag(Kind kind, String match, String sentence) {
    /** The kinds of flags, named in front matter and JSON by {@link #label()}. */
    public enum Kind {
        /** cure, breakthrough, proven, guaranteed, miracle… */
        OVERCLAIMING,
        /** an amount or schedule of a drug or treatment, which readers may take as advice */
        DOSING,
        /** a finding from animals or cells phrased as a result in people */
        ANIMAL_AS_HUMAN,
        /** a claim that a treatment is approved, cleared or used for a condition */
        OFF_LABEL,
        /** more of the draft is copied word for word from a source than the threshold allows */
        COPIED_TEXT,
        /** more words are quoted than {@code drafts.quote_max_words} allows */
        QUOTE_BUDGET,
        /** text decoded with the wrong character set somewhere upstream ("weâ€™re", "cafÃ©") */
        GARBLED_TEXT;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
