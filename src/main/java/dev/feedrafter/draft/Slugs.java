package dev.feedrafter.draft;

import java.text.Normalizer;
import java.util.Locale;

/** URL- and file-safe slugs: ASCII, lower case, words joined by hyphens, at most {@link #MAX_LENGTH} characters. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;

    private Slugs() {}

    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug;
        }
        return slug.isEmpty() ? "draft" : slug;
    }
}
