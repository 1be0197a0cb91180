package dev.feedrafter.draft;

import java.util.regex.Pattern;

/**
 * An institution's name as it reads inside a sentence. Pages write the name alone ("University of Colorado"), but
 * English puts "the" before names that are "X of Y" or end in a common noun ("the University of Colorado", "the
 * Salk Institute", "the Harbor Institute of Neuroscience"), and not before those that begin with a proper name ("Stanford University").
 */
final class InstitutionName {
    private static final Pattern NEEDS_ARTICLE = Pattern.compile("^(?:(?:University|Institute|College|School|"
            + "Centre|Center|Department|Faculty|Academy|Society|Hospital|Clinic|Foundation|Division|Laboratory|"
            + "Museum|Office)\\s+(?:of|for)\\b|.+\\s(?:Institute|Center|Centre|Foundation|Laboratory|Clinic)$"
            + "|.+\\s(?:Institute|Center|Centre|Laboratory|Academy)\\s+(?:of|for)\\s)");
    private static final Pattern HAS_ARTICLE = Pattern.compile("(?i)^the\\s");

    private InstitutionName() {}

    /** "University of Colorado" → "the University of Colorado"; "Stanford University" stays; null stays null. */
    static String inSentence(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        if (HAS_ARTICLE.matcher(n).find() || !NEEDS_ARTICLE.matcher(n).find()) {
            return n;
        }
        return "the " + n;
    }
}
