package dev.feedrafter.model;

import java.util.Locale;
import java.util.Optional;

/** The editorial workflow: new → picked → approved → exported; rejected from any state before exported. */
public enum DraftStatus {
    NEW, PICKED, APPROVED, EXPORTED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DraftStatus> parse(String text) {
        for (DraftStatus s : values()) {
            if (s.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the workflow allows moving from this status to {@code next}. */
    public boolean canMoveTo(DraftStatus next) {
        return switch (next) {
            case NEW -> false;
            case PICKED -> this == NEW || this == PICKED;
            case APPROVED -> this == NEW || this == PICKED;
            case EXPORTED -> this == APPROVED || this == EXPORTED;
            case REJECTED -> this != EXPORTED && this != REJECTED;
        };
    }
}
