package dev.feedrafter.model;

/**
 * The original research behind a news story. Any part may be null when the source does not give it;
 * {@code authors} is one display string as the source writes it ("Duque M, Chen AB, et al.").
 */
public record Citation(String authors, String title, String journal, Integer year, String doi) {
    public static final Citation NONE = new Citation(null, null, null, null, null);

    public boolean isEmpty() {
        return authors == null && title == null && journal == null && year == null && doi == null;
    }

    /** This citation with the gaps filled from {@code other}; own values win. */
    public Citation orElse(Citation other) {
        if (other == null) {
            return this;
        }
        return new Citation(authors != null ? authors : other.authors, title != null ? title : other.title,
                journal != null ? journal : other.journal, year != null ? year : other.year,
                doi != null ? doi : other.doi);
    }
}
