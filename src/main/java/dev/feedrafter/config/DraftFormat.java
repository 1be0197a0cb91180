package dev.feedrafter.config;

import java.util.Locale;
import java.util.Optional;

/** The file format drafts are written in. */
public enum DraftFormat {
    MARKDOWN("md"), HTML("html");

    private final String extension;

    DraftFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Accepts {@code markdown}, {@code md} and {@code html}. */
    public static Optional<DraftFormat> parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> Optional.of(MARKDOWN);
            case "html" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
