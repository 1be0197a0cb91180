package dev.feedrafter.extract;

import dev.feedrafter.util.Dates;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The authors a visible byline names. Bylines hold more than names — "By Jane Doe | November 25, 2026",
 * "Written by Jane Doe — Staff Writer", "by Jane Doe, Medical Xpress", an author link followed by a date — so the
 * names are the byline's author links when it has them, else its text without the "By" prefix, dates, roles and
 * publication names, split at "and", "&amp;" and commas.
 */
final class Byline {
    private static final String AUTHOR_LINKS = "a[rel~=(?i)author], a[href*=/author/], a[href*=/authors/], "
            + "a[href*=/people/], a[href*=/staff/], a[href*=/contributors/], [itemprop=name]";
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:(?:written|posted|story|words|reported|text|"
            + "photos? and text)\\s+)?by\\b\\s*:?\\s*|^authors?\\s*:\\s*");
    /** Where the names end: a separator, or a word that introduces the date. */
    private static final Pattern END = Pattern.compile("(?i)\\s+[|•·/—–-]\\s*|\\s*[|•·]\\s*|\\s*\\b(?:published|"
            + "updated|last updated|posted|posted on|on)\\b\\s*:?");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("(?i)(?:(?:senior|staff|contributing|guest|freelance|"
            + "science|health|medical|managing|associate|deputy|news|features?|special|executive)\\s+)*(?:writers?|"
            + "editors?|reporters?|correspondents?|contributors?|journalists?|columnists?|producers?|staff)");
    private static final Pattern TRAILING_ROLE = Pattern.compile("(?i)\\s+(?:(?:senior|staff|contributing|guest|"
            + "freelance|science|health|medical|managing|associate)\\s+)+(?:writer|editor|reporter|correspondent)$"
            + "|\\s+(?:contributor|staff)$");
    /** Words of publications and organizations, which a byline names after the person ("Jane Doe, Medical Xpress"). */
    private static final Pattern ORGANIZATION = Pattern.compile("(?i)\\b(?:news|xpress|press|media|daily|times|post|"
            + "journal|magazine|team|desk|wire|network|newsroom|university|institute|college|reuters|associated|"
            + "conversation|hospital|cent(?:er|re)|foundation|school|clinic|society|association|laboratory)\\b");
    /** Degrees written after a name with a comma ("Dr. Kim Lee, PhD"): not a second person. */
    private static final Pattern DEGREE = Pattern.compile("(?i)(?:ph\\.?d|m\\.?d|mph|msc|ms|ma|mba|rn|do|psyd|mbbs|"
            + "dphil|frcp|bsc|lcsw|np|pharmd)\\.?");
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_LENGTH = 200;

    private Byline() {}

    /** The names in {@code byline}; {@code siteName} (may be null) is left out. Null when it names nobody. */
    static List<String> names(Element byline, String siteName) {
        List<String> linked = new ArrayList<>();
        for (Element link : byline.select(AUTHOR_LINKS)) {
            linked.addAll(fromText(link.text(), siteName));
        }
        List<String> names = linked.isEmpty() ? fromText(byline.text(), siteName) : Texts.cleanList(linked);
        return names.isEmpty() ? null : names;
    }

    /** The names in a byline's text ("By Jane Doe and John Roe | Nov 25, 2026" → Jane Doe, John Roe). */
    static List<String> fromText(String text, String siteName) {
        String t = Texts.squash(text);
        if (t.length() > MAX_LENGTH) {
            return List.of();
        }
        t = PREFIX.matcher(Dates.withoutDates(t).strip()).replaceFirst("");
        t = Texts.squash(END.split(t, 2)[0]);
        List<String> names = new ArrayList<>();
        String organization = null;
        for (String part : SPLIT.split(t)) {
            String name = TRAILING_ROLE.matcher(part.strip()).replaceFirst("").replaceAll("^[\\s,.:;]+|[\\s,:;]+$", "");
            if (name.isEmpty() || ROLE.matcher(name).matches() || DEGREE.matcher(name).matches()
                    || !looksLikeName(name)) {
                continue;
            }
            if (ORGANIZATION.matcher(name).find() || name.equalsIgnoreCase(Texts.orEmpty(siteName))) {
                organization = organization == null ? name : organization;
            } else {
                names.add(name);
            }
        }
        // A byline that names only its publication ("By Neuroscience News") credits the publication.
        if (names.isEmpty() && organization != null) {
            names.add(organization);
        }
        return Texts.cleanList(names);
    }

    private static boolean looksLikeName(String name) {
        return Character.isLetter(name.codePointAt(0)) && !name.matches(".*[\\d@/].*")
                && name.split(" ").length <= MAX_NAME_WORDS;
    }
}
