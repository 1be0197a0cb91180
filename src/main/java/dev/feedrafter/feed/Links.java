package dev.feedrafter.feed;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolving a feed's links: trimmed, made absolute against a base, left as they are when not URLs. */
final class Links {
    private Links() {}

    /** Whether a link may be followed by a reader: not a script or inline-data URL. */
    static boolean isSafe(String link) {
        String scheme = link.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        return !(scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:"));
    }

    /** {@code link} resolved against {@code base} (either may be null); null for a blank link. */
    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        if (base == null || base.isBlank()) {
            return trimmed;
        }
        try {
            URI baseUri = new URI(base.strip().replace(" ", "%20"));
            if (baseUri.getRawAuthority() != null && baseUri.getRawPath().isEmpty()) {
                baseUri = new URI(baseUri.getScheme() + "://" + baseUri.getRawAuthority() + "/");
            }
            URI resolved = baseUri.resolve(new URI(trimmed.replace(" ", "%20")));
            if ("file".equals(resolved.getScheme()) && !"file".equals(baseUri.getScheme())) {
                return trimmed;
            }
            return resolved.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }
}
