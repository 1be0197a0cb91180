package dev.feedrafter.model;

import java.util.Locale;

/** What kind of study a story reports, so a mouse study is never presented as a human result. */
public enum Evidence {
    HUMAN_TRIAL, HUMAN_OBSERVATIONAL, ANIMAL, IN_VITRO, REVIEW, PREPRINT, UNKNOWN;

    /** The name used in drafts and JSON, e.g. {@code human-trial}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Evidence fromLabel(String label) {
        for (Evidence e : values()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
