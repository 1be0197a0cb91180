package dev.feedrafter.web;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.Evidence;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words and dates as the pages show them to editors. */
final class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.US);

    private Labels() {}

    static String status(Draft d) {
        return switch (d.status()) {
            case NEW -> "New";
            case PICKED -> d.editor() == null ? "Picked" : "Picked by " + d.editor();
            case APPROVED -> "Approved";
            case EXPORTED -> "Exported";
            case REJECTED -> "Rejected";
        };
    }

    /** The evidence badge: what kind of study, in a few words. */
    static String evidence(Evidence e) {
        return switch (e) {
            case HUMAN_TRIAL -> "Human trial";
            case HUMAN_OBSERVATIONAL -> "Human, observational";
            case ANIMAL -> "Animal study";
            case IN_VITRO -> "Cells / lab";
            case REVIEW -> "Review";
            case PREPRINT -> "Preprint";
            case UNKNOWN -> "Evidence unclear";
        };
    }

    /** What the badge means, for its tooltip and the draft page. */
    static String evidenceNote(Evidence e) {
        return switch (e) {
            case HUMAN_TRIAL -> "A controlled trial in people.";
            case HUMAN_OBSERVATIONAL -> "A study observing people; it shows links, not cause and effect.";
            case ANIMAL -> "A study in animals: it has not been tested in people.";
            case IN_VITRO -> "A study of cells or tissue in the lab: it has not been tested in people.";
            case REVIEW -> "A review or meta-analysis of earlier studies.";
            case PREPRINT -> "Not yet peer-reviewed.";
            case UNKNOWN -> "Feedrafter could not tell what kind of study this was; check the source.";
        };
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String relevance(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** Whether a stored URL may be a link on the page (only web addresses; anything else stays text). */
    static boolean isWebUrl(String url) {
        return url != null && (url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7));
    }
}
