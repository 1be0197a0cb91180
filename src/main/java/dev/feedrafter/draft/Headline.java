package dev.feedrafter.draft;

import dev.feedrafter.model.Evidence;
import dev.feedrafter.util.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reader-facing headline in the clinic's words rather than the outlet's: what kind of study, about what,
 * and what it means for the reader's care, e.g. "What a New Ketamine Study in Zebrafish and Mice Means for
 * Depression Care". A story that matched nothing (a plain import) is headed "New Research: " + its title.
 */
final class Headline {
    private static final List<String> SMALL_WORDS = List.of("and", "or", "of", "for", "the", "a", "an", "in", "on",
            "to", "with");

    private Headline() {}

    /**
     * @param subject the matched term the story is about ("ketamine"), or null
     * @param focus   what the reader cares about ("Depression Care"), or null when nothing matched
     */
    static String of(String subject, String focus, Evidence evidence, Population population, String sourceTitle) {
        if (focus == null) {
            String title = Texts.squash(sourceTitle).replaceAll("[.!]+$", "");
            return title.isEmpty() ? "New Research" : "New Research: " + title;
        }
        // "What a New Lab Study Means for TMS Therapy", not "…New TMS Lab Study Means for TMS Therapy"
        boolean focusNamesIt = subject != null && Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(subject)
                + "(?![\\p{L}\\d])").matcher(focus).find();
        String about = subject == null || focusNamesIt ? "" : titleCase(subject) + " ";
        String study = switch (evidence) {
            case ANIMAL -> "new " + about + "Study in " + titleCase(population.species().isEmpty() ? "animals"
                    : population.speciesPhrase());
            case IN_VITRO -> "new " + about + "Lab Study";
            case HUMAN_TRIAL -> "new " + about + "Trial";
            case HUMAN_OBSERVATIONAL -> "new " + about + "Study";
            case REVIEW -> "new " + about + "Review";
            case PREPRINT -> "early " + about + "Study";
            case UNKNOWN -> "New " + about + "Research";
        };
        String withArticle = evidence == Evidence.UNKNOWN ? study : article(study) + " " + titleCase(study);
        return "What " + withArticle + " Means for " + focus;
    }

    /** The reader's concern: the first topic's care, else the first service; null when nothing matched. */
    static String focus(List<String> topics, List<String> services) {
        List<String> topicWords = RuleTerms.readable(topics);
        if (!topicWords.isEmpty()) {
            return titleCase(topicWords.get(0)) + " Care";
        }
        return services.isEmpty() ? null : titleCase(services.get(0));
    }

    private static String article(String phrase) {
        return "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * Capitalizes each lower-case word except short function words, and each part of a hyphenated word
     * ("Treatment-Resistant"); PTSD, TMS or rTMS stay as written.
     */
    static String titleCase(String text) {
        String[] words = Texts.squash(text).split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = i > 0 && SMALL_WORDS.contains(w);
            out.append(i > 0 ? " " : "").append(small ? w : capitalizeParts(w));
        }
        return out.toString();
    }

    private static String capitalizeParts(String word) {
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!p.isEmpty() && p.equals(p.toLowerCase(Locale.ROOT))) {
                parts[i] = p.substring(0, p.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                        + p.substring(p.offsetByCodePoints(0, 1));
            }
        }
        return String.join("-", parts);
    }
}
