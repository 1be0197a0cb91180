package dev.feedrafter.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and normalizes DOIs: {@code 10.NNNN/suffix}, from {@code doi:}, doi.org and dx.doi.org forms. */
public final class Doi {
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>“”‘’]+)");
    private static final Pattern VALID = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private Doi() {}

    /** The first DOI in the text or URL, normalized; empty when there is none. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String decoded = text.contains("%2F") || text.contains("%2f") ? decode(text) : text;
        Matcher m = DOI.matcher(decoded);
        while (m.find()) {
            String doi = trimTrailing(m.group(1));
            if (VALID.matcher(doi).matches()) {
                return Optional.of(doi);
            }
        }
        return Optional.empty();
    }

    /** The https://doi.org/ link of a DOI. */
    public static String link(String doi) {
        return "https://doi.org/" + doi;
    }

    /** True when a URL points at a DOI resolver. */
    public static boolean isDoiLink(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.contains("://doi.org/") || h.contains("://dx.doi.org/") || h.contains("://www.doi.org/");
    }

    /** Strips punctuation that ends the sentence around a DOI but is not part of it. */
    private static String trimTrailing(String doi) {
        String d = doi;
        while (!d.isEmpty()) {
            char last = d.charAt(d.length() - 1);
            boolean unbalancedParen = last == ')' && count(d, '(') < count(d, ')');
            boolean unbalancedBracket = last == ']' && count(d, '[') < count(d, ']');
            if (".,;:'".indexOf(last) >= 0 || unbalancedParen || unbalancedBracket) {
                d = d.substring(0, d.length() - 1);
            } else {
                break;
            }
        }
        return d;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
