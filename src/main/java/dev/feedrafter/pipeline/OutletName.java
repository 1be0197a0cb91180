package dev.feedrafter.pipeline;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An outlet's name as a credit reads it. Sites often put a tagline into their site name ("PsyPost - Psychology
 * News", "Health News | Medical Xpress"); a credit names the brand alone: the part the site's host spells,
 * else the first part.
 */
final class OutletName {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|·]\\s+");

    private OutletName() {}

    /** {@code siteName} without its tagline; null stays null. {@code host} may be null. */
    static String of(String siteName, String host) {
        if (siteName == null || siteName.isBlank()) {
            return null;
        }
        String[] parts = SEPARATOR.split(siteName.strip());
        if (parts.length < 2) {
            return siteName.strip();
        }
        String hostKey = key(host == null ? "" : host);
        for (String part : parts) {
            String k = key(part);
            if (k.length() >= 3 && hostKey.contains(k)) {
                return part;
            }
        }
        return parts[0].isBlank() ? siteName.strip() : parts[0];
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
