package dev.feedrafter.match;

import dev.feedrafter.util.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The animals a text names as the subjects of a study, told apart from animals that are the treatment or the
 * setting. "In mice", "40 dogs", "rats given ketamine", "Honeybees combine…" name study subjects; "service dogs",
 * "therapy horses", "dog owners", "veterans and their dogs" do not. Laboratory species (mice, rats, zebrafish,
 * fruit flies…) are study subjects wherever research news names them, unless the words around say otherwise;
 * other animals (dogs, horses, pigs, birds, bees…) only with a subject signal: "in"/"on"/"using" before them, a
 * count, a verb of the lab after them ("were", "received", "were injected"), or the start of a sentence.
 */
public final class StudyAnimals {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A kind of animal: its name in a draft (null for words like "animal models" that name none), and its words. */
    private record Kind(String name, boolean lab, Pattern words) {
        Kind(String name, boolean lab, String words) {
            this(name, lab, Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + words + ")(?![\\p{L}\\p{N}])", FLAGS));
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("mice", true, "mice|mouse|murine"),
            new Kind("rats", true, "rats?"),
            new Kind("rodents", true, "rodents?"),
            new Kind("guinea pigs", true, "guinea pigs?"),
            new Kind("zebrafish", true, "zebrafish|larval fish"),
            new Kind("fruit flies", true, "fruit fl(?:y|ies)|drosophila"),
            new Kind("worms", true, "c\\. elegans|nematodes?"),
            new Kind("monkeys", true, "macaques?|marmosets?|rhesus monkeys?|non-?human primates"),
            new Kind("tadpoles", true, "tadpoles?|xenopus"),
            new Kind(null, true, "animal models?|in animals|animal stud(?:y|ies)|animal experiments?|preclinical"),
            new Kind("monkeys", false, "(?<!rhesus )monkeys?|primates"),
            new Kind("pigs", false, "(?<!guinea )(?:pigs?|piglets?|swine)"),
            new Kind("sheep", false, "sheep|lambs"),
            new Kind("dogs", false, "dogs?|canines?|puppies"),
            new Kind("cats", false, "cats|kittens"),
            new Kind("horses", false, "horses?|ponies"),
            new Kind("birds", false, "songbirds?|zebra finch(?:es)?|finches|birds"),
            new Kind("bees", false, "honey ?bees?|bumblebees?|bees"),
            new Kind("worms", false, "worms"),
            new Kind("octopuses", false, "octopus(?:es)?"));

    /** Words before an animal that make it the treatment or the setting: "service dogs", "their pets". */
    private static final Pattern CONTEXT_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:service|therapy|assistance|"
            + "assistive|support|emotional[- ]support|guide|companion|pet|family|household|rescue|shelter|working|police|military|"
            + "comfort|farm|seeing[- ]eye|their|his|her)[\\s-]+(?:\\p{L}+[\\s-]+)?$", FLAGS);
    /**
     * Words after an animal that make it the treatment or the setting: "dog owners", "horse-assisted therapy",
     * "dogs help veterans".
     */
    private static final Pattern CONTEXT_AFTER = Pattern.compile("^[\\s-]+(?:owners?|ownership|walking|walks|walkers|"
            + "handlers?|therap(?:y|ies|ists)|assisted|visits?|programs?|programmes?|training|trainers?|"
            + "companionship|bites?|riding|lovers|parks?|breeders?|allerg(?:y|ies)|(?:help|ease|comfort|calm|support|"
            + "soothe|improve|reduce|lower|boost)(?:s|ed)?\\s+(?:\\p{L}+\\s+)?(?:veterans|people|patients|children|"
            + "kids|owners|adults|humans|us|those|students|survivors))\\b", FLAGS);
    /** Subject signals before an animal: "in mice", "on 40 adult rats", "using zebrafish", "12 macaques". */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(?:\\b(?:in|on|using)|\\d[\\d,]*)\\s+"
            + "(?:(?:\\d[\\d,]*|adult|young|old|aged|male|female|healthy|lab|laboratory|transgenic|wild[- ]type|"
            + "knockout|pregnant|newborn|juvenile|larval|\\p{L}+ed)[\\s-]+){0,3}$", FLAGS);
    /** Subject signals after an animal: "mice were", "rats given ketamine", "dogs that received". */
    private static final Pattern SUBJECT_AFTER = Pattern.compile("^\\s+(?:that |which |who )?(?:were|was|had been|"
            + "have been|given|received|receiving|treated|exposed|injected|lacking|lacked|bred|engineered|fed|housed|"
            + "tested|showed|displayed|exhibited|performed)\\b", FLAGS);
    /** The start of a sentence, with a determiner or adjective or two: "Honeybees …", "The mice …". */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;]\\s+|\\n)\\s*(?:(?:the|these|those|"
            + "such|adult|young|male|female|lab|laboratory|healthy|older|wild|foraging)\\s+){0,2}$", FLAGS);
    private static final int LOOK_AROUND = 60;

    private StudyAnimals() {}

    /** How many times {@code text} names animals as the subjects of a study. */
    public static int mentions(String text) {
        Check.notNull(text, "text");
        int n = 0;
        for (Kind kind : KINDS) {
            Matcher m = kind.words().matcher(text);
            while (m.find()) {
                if (isSubject(text, m.start(), m.end(), kind.lab())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The species {@code text} names as study subjects, in the order it first names them ("zebrafish", "mice"). */
    public static List<String> species(String text) {
        Check.notNull(text, "text");
        record Found(int at, String name) {}
        List<Found> found = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher m = kind.words().matcher(text);
            while (kind.name() != null && m.find()) {
                if (isSubject(text, m.start(), m.end(), kind.lab())) {
                    found.add(new Found(m.start(), kind.name()));
                    break;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found.stream().map(Found::name).distinct().toList();
    }

    private static boolean isSubject(String text, int start, int end, boolean lab) {
        String before = text.substring(Math.max(0, start - LOOK_AROUND), start);
        String after = text.substring(end, Math.min(text.length(), end + LOOK_AROUND));
        if (CONTEXT_BEFORE.matcher(before).find() || CONTEXT_AFTER.matcher(after).find()) {
            return false;
        }
        return lab || SUBJECT_BEFORE.matcher(before).find() || SUBJECT_AFTER.matcher(after).find()
                || SENTENCE_START.matcher(before).find();
    }
}
