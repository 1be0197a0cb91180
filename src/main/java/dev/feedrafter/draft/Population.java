package dev.feedrafter.draft;

import dev.feedrafter.match.StudyAnimals;
import dev.feedrafter.model.Article;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who or what a study was done in, as the article says it: the animal species it studied (in the order it names
 * them), the number and kind of people it enrolled, how a trial was designed, and what kind of lab material it
 * used. Read from the article's own text; nothing is guessed when the text does not say.
 *
 * @param participantCount the number of people, when the article gives it; null otherwise
 */
record Population(List<String> species, String participants, Integer participantCount, Design design,
                  String labMaterial) {
    /** How a trial compared its treatment, as far as the article says. */
    enum Design {
        /** Randomly assigned to the treatment or a comparison. */
        RANDOMIZED,
        /** A placebo, sham, control or comparison group, randomization not said. */
        CONTROLLED,
        /** Everyone got the treatment: single-arm, no placebo or control group, or open-label or pilot with none named. */
        UNCONTROLLED,
        /** A trial whose design the article does not describe. */
        UNSTATED
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final List<String> SMALL_NUMBERS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final Pattern PARTICIPANTS = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d{2,7}|(?:" + TENS
            + ")(?:-(?:" + String.join("|", UNITS) + "))?|" + String.join("|", SMALL_NUMBERS) + ")\\s+"
            + "((?:adult |older |young |healthy )?(?:participants|patients|people|adults|veterans|volunteers|children|"
            + "adolescents|teenagers|women|men|individuals|students|smokers|nurses|mothers|infants))\\b", FLAGS);
    private static final Pattern GENERIC_PEOPLE = Pattern.compile("(?i)participants|people|individuals|patients");
    private static final Pattern RANDOMIZED = Pattern.compile("\\brandomi[sz]ed\\b|\\brandomly assigned\\b", FLAGS);
    private static final Pattern NO_COMPARISON = Pattern.compile("\\b(?:single-arm|single-group|uncontrolled|"
            + "(?:no|without(?: an?)?|lacked(?: an?)?|did not have an?|had no) (?:placebo|sham|control|comparison)"
            + "(?: group| arm| condition)?)\\b", FLAGS);
    private static final Pattern COMPARISON = Pattern.compile("\\b(?:placebo|sham|control (?:group|arm|condition)|"
            + "comparison group|wait-?list|usual care)\\b", FLAGS);
    private static final Pattern OPEN_LABEL = Pattern.compile("\\b(?:open-label|pilot|feasibility)\\b", FLAGS);
    private static final Pattern ORGANOIDS = Pattern.compile("\\borganoids?\\b", FLAGS);
    private static final int MAX_SPECIES = 3;
    private static final int SMALL_TRIAL = 100;

    Population {
        species = List.copyOf(species);
    }

    static Population of(Article article) {
        String text = String.join("\n", Texts.orEmpty(article.title()), Texts.orEmpty(article.summary()),
                String.join("\n", article.keyFacts()), Texts.orEmpty(article.description()), article.bodyText());
        MatchResult people = participants(text);
        return new Population(StudyAnimals.species(text).stream().limit(MAX_SPECIES).toList(),
                people == null ? null : phrase(people), people == null ? null : count(people.group(1)), design(text),
                ORGANOIDS.matcher(text).find() ? "lab-grown organoids" : null);
    }

    /**
     * Who a story's reports say was studied: the first report's (the lead's) account, each part it leaves unsaid
     * taken from the next report that says it (a news release often gives the numbers a news site leaves out).
     */
    static Population of(List<Article> reports) {
        Population p = of(reports.get(0));
        for (Article other : reports.subList(1, reports.size())) {
            p = p.orElse(of(other));
        }
        return p;
    }

    private Population orElse(Population other) {
        boolean noPeople = participants == null;
        return new Population(species.isEmpty() ? other.species : species,
                noPeople ? other.participants : participants, noPeople ? other.participantCount : participantCount,
                design == Design.UNSTATED ? other.design : design, labMaterial != null ? labMaterial : other.labMaterial);
    }

    /** "zebrafish and mice"; null when no species is named. */
    String speciesPhrase() {
        return species.isEmpty() ? null : joinWithAnd(species);
    }

    /** Whether the trial enrolled fewer than 100 people, as far as the article says. */
    boolean smallTrial() {
        return participantCount != null && participantCount < SMALL_TRIAL;
    }

    private static Design design(String text) {
        if (RANDOMIZED.matcher(text).find()) {
            return Design.RANDOMIZED;
        }
        if (NO_COMPARISON.matcher(text).find()) {
            return Design.UNCONTROLLED;
        }
        if (COMPARISON.matcher(text).find()) {
            return Design.CONTROLLED;
        }
        return OPEN_LABEL.matcher(text).find() ? Design.UNCONTROLLED : Design.UNSTATED;
    }

    /** The first "212 people"-like count, made specific ("212 veterans") when the text says so elsewhere. */
    private static MatchResult participants(String text) {
        Matcher m = PARTICIPANTS.matcher(text);
        MatchResult first = null;
        while (m.find()) {
            if (first == null) {
                first = m.toMatchResult();
            } else if (count(m.group(1)) == count(first.group(1)) && GENERIC_PEOPLE.matcher(first.group(2)).find()
                    && !GENERIC_PEOPLE.matcher(m.group(2)).find()) {
                return m.toMatchResult();
            }
        }
        return first;
    }

    /** "212 veterans", "1,204 patients", "Forty veterans" → "40 veterans". */
    private static String phrase(MatchResult people) {
        String number = people.group(1);
        return (Character.isDigit(number.charAt(0)) ? number : String.valueOf(count(number))) + " "
                + people.group(2).toLowerCase(Locale.ROOT);
    }

    /** "1,204" → 1204, "forty-two" → 42. */
    private static int count(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n.replace(",", ""));
        }
        if (SMALL_NUMBERS.contains(n)) {
            return 10 + SMALL_NUMBERS.indexOf(n);
        }
        String[] parts = n.split("-");
        int tens = (List.of(TENS.split("\\|")).indexOf(parts[0]) + 2) * 10;
        return parts.length == 1 ? tens : tens + UNITS.indexOf(parts[1]) + 1;
    }

    static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(", ", head) + " and " + items.get(items.size() - 1);
    }
}
