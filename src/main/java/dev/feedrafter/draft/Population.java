package dev.feedrafter.draft;

import dev.feedrafter.model.Article;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who or what a study was done in, as the article says it: the animal species it names (in the order it names
 * them), the number and kind of people it enrolled, whether it was randomized, and what kind of lab material
 * it used. Read from the article's own text; nothing is guessed when the text does not say.
 */
record Population(List<String> species, String participants, boolean randomized, String labMaterial) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<String, Pattern> SPECIES = Map.ofEntries(
            Map.entry("mice", Pattern.compile("\\b(mice|mouse|murine)\\b", FLAGS)),
            Map.entry("rats", Pattern.compile("\\brats?\\b", FLAGS)),
            Map.entry("zebrafish", Pattern.compile("\\bzebrafish\\b", FLAGS)),
            Map.entry("fruit flies", Pattern.compile("\\b(fruit fl(?:y|ies)|drosophila)\\b", FLAGS)),
            Map.entry("monkeys", Pattern.compile("\\b(monkeys?|macaques?|marmosets?|non-?human primates)\\b", FLAGS)),
            Map.entry("pigs", Pattern.compile("(?<!guinea )\\b(pigs?|piglets?|swine)\\b", FLAGS)),
            Map.entry("worms", Pattern.compile("\\b(worms?|nematodes?|C\\. elegans)\\b", FLAGS)),
            Map.entry("bees", Pattern.compile("\\b(honey ?bees?|bees)\\b", FLAGS)),
            Map.entry("birds", Pattern.compile("\\b(songbirds?|zebra finch(?:es)?|birds?)\\b", FLAGS)),
            Map.entry("dogs", Pattern.compile("\\bdogs?\\b", FLAGS)),
            Map.entry("sheep", Pattern.compile("\\bsheep\\b", FLAGS)));
    private static final Pattern PARTICIPANTS = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d{2,7})\\s+"
            + "((?:adult |older |young |healthy )?(?:participants|patients|people|adults|veterans|volunteers|children|"
            + "adolescents|teenagers|women|men|individuals|students|smokers|nurses|mothers|infants))\\b", FLAGS);
    private static final Pattern GENERIC_PEOPLE = Pattern.compile("(?i)participants|people|individuals|patients");
    private static final Pattern RANDOMIZED = Pattern.compile("\\brandomi[sz]ed\\b|\\brandomly assigned\\b", FLAGS);
    private static final Pattern ORGANOIDS = Pattern.compile("\\borganoids?\\b", FLAGS);
    private static final int MAX_SPECIES = 3;

    Population {
        species = List.copyOf(species);
    }

    static Population of(Article article) {
        String text = String.join("\n", Texts.orEmpty(article.title()), Texts.orEmpty(article.summary()),
                String.join("\n", article.keyFacts()), Texts.orEmpty(article.description()), article.bodyText());
        return new Population(species(text), participants(text), RANDOMIZED.matcher(text).find(),
                ORGANOIDS.matcher(text).find() ? "lab-grown organoids" : null);
    }

    /** "zebrafish and mice"; null when no species is named. */
    String speciesPhrase() {
        return species.isEmpty() ? null : joinWithAnd(species);
    }

    private static List<String> species(String text) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        for (Map.Entry<String, Pattern> e : SPECIES.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                byPosition.put(m.start(), e.getKey());
            }
        }
        return byPosition.values().stream().limit(MAX_SPECIES).toList();
    }

    /** The first "212 people"-like count, made specific ("212 veterans") when the text says so elsewhere. */
    private static String participants(String text) {
        Matcher m = PARTICIPANTS.matcher(text);
        String first = null;
        String number = null;
        while (m.find()) {
            if (first == null) {
                first = m.group(1) + " " + m.group(2).toLowerCase(java.util.Locale.ROOT);
                number = m.group(1);
            } else if (m.group(1).equals(number) && GENERIC_PEOPLE.matcher(first).find()
                    && !GENERIC_PEOPLE.matcher(m.group(2)).find()) {
                return m.group(1) + " " + m.group(2).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return first;
    }

    static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + " and " + items.get(items.size() - 1);
    }
}
