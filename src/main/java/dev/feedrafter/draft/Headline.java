package dev.feedrafter.draft;

import dev.feedrafter.util.Texts;
import java.util.List;
import java.util.Locale;

/**
 * A reader-facing headline: the story's own title followed by what it means for the reader's care,
 * e.g. "Ketamine Helps the Brain Keep Trying — What New Research Means for Depression Care".
 */
final class Headline {
    private Headline() {}

    static String of(String sourceTitle, List<String> topics, List<String> services) {
        String title = Texts.squash(sourceTitle).replaceAll("[.!]+$", "");
        String focus;
        if (!topics.isEmpty()) {
            focus = titleCase(topics.get(0)) + " Care";
        } else if (!services.isEmpty()) {
            focus = titleCase(services.get(0));
        } else {
            focus = "Your Mental Health";
        }
        String tail = "What New Research Means for " + focus;
        return title.isEmpty() ? tail : title + " — " + tail;
    }

    /** Capitalizes each word except short function words; keeps acronyms like PTSD and TMS as written. */
    static String titleCase(String text) {
        String[] words = Texts.squash(text).split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = i > 0 && List.of("and", "or", "of", "for", "the", "a", "an", "in", "on", "to").contains(w);
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            if (!small && !acronym && !w.isEmpty()) {
                w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
            }
            out.append(i > 0 ? " " : "").append(w);
        }
        return out.toString();
    }
}
