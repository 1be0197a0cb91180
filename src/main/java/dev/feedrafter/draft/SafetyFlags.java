package dev.feedrafter.draft;

import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Flag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds sentences an editor should check before publishing: overclaiming words, dosing statements, findings
 * from animals or cells phrased as results in people, approval or efficacy claims that may be off-label, and
 * garbled characters (mojibake) that must not be published.
 * Deliberately simple patterns: a flag asks for a human look, it does not judge.
 */
final class SafetyFlags {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]*\\s+");
    private static final Pattern OVERCLAIMING = Pattern.compile("\\b(cur(?:e|es|ed|ing)|breakthroughs?|proven|"
            + "prov(?:e|es)|guarantee(?:s|d)?|miracles?|miraculous)\\b", FLAGS);
    private static final Pattern DENIAL_BEFORE = Pattern.compile("\\b(no|not|not a|nor|isn't a|is not a)\\s+$", FLAGS);
    private static final Pattern DOSING = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|µg|μg|ng|ml|mL|IU|"
            + "milligrams?|micrograms?|grams?|g)(?:\\s?(?:/|per)\\s?(?:kg|kilogram|day|dose|hour|week))?\\b"
            + "|\\b(?:once|twice|three times|four times|\\d+ times)\\s+(?:a|per|each)\\s+(?:day|week|month)\\b"
            + "|\\b(?:daily|weekly|nightly)\\s+dos(?:e|es|ing)\\b|\\bevery\\s+\\d+\\s+hours\\b"
            + "|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+"
            + "(?:[\\p{L}\\d-]+\\s+)?"  // one word between: "ten short sessions", "two 20-minute infusions"
            + "(?:sessions?|infusions?|treatments?|doses?|pills?|tablets?|injections?)\\s+(?:a|per|each)\\s+"
            + "(?:day|week|month)\\b", FLAGS);
    private static final Pattern HUMANS = Pattern.compile("\\b(people|person|patients?|humans?|individuals|adults|"
            + "children|kids|teens|adolescents|men|women|veterans|sufferers|you|your|anyone|"
            + "those (?:with|who|suffering|living))\\b", FLAGS);
    private static final Pattern EFFECT = Pattern.compile("\\b(help(?:s|ed|ing)?|relie(?:f|ve|ves|ved)|"
            + "reduc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
            + "restor(?:e|es|ed|ing)|treat(?:s|ed|ing|ment|ments)?|work(?:s|ed)?|heal(?:s|ed|ing)?|"
            + "prevent(?:s|ed|ing)?|protect(?:s|ed|ing)?|benefit(?:s|ed)?|faster|quicker|better|recover(?:y|s|ed)?|"
            + "resilien(?:ce|t))\\b", FLAGS);
    private static final Pattern NEGATED = Pattern.compile("\\b(not|no|never|whether|untested|yet to|"
            + "remains? to be|in animals|animal stud(?:y|ies))\\b|n't\\b", FLAGS);
    private static final String APPROVAL = "\\boff[- ]label\\b"
            + "|\\b(?:FDA|EMA|MHRA|TGA|Health Canada)[- ](?:approved|cleared|authori[sz]ed)\\b"
            + "|\\b(?:approved|cleared|authori[sz]ed|indicated)\\s+(?:by the \\S+\\s+)?(?:to treat|for)\\b"
            + "|\\bapproved (?:treatment|therapy|option|drug)\\b";

    /** UTF-8 read as Windows-1252 or Latin-1: "â€™", "Ã©", "Â ", "ðŸ". */
    private static final Pattern GARBLED = Pattern.compile("â€[\\u0080-\\u00BF™œ“”˜¦¢\\u009D]?"
            + "|Ã[\\u0080-\\u00BF]|Â[\\u00A0-\\u00BF]|ðŸ");

    private final Pattern offLabel;

    /** {@code conditions}: the conditions a claim like "treats depression" is looked for (e.g. the topics). */
    SafetyFlags(List<String> conditions) {
        String names = conditions.stream().filter(c -> !c.isBlank()).map(c -> Pattern.quote(c.strip()))
                .collect(Collectors.joining("|"));
        String claims = names.isEmpty() ? "" : "|\\b(?:treats?|cures?|reverses?|eliminates?|is (?:a|an) "
                + "(?:effective |proven )?(?:treatment|cure|therapy) for)\\s+(?:\\S+\\s+){0,2}?(?:" + names + ")\\b";
        this.offLabel = Pattern.compile(APPROVAL + claims, FLAGS);
    }

    /** The flags raised by the title and the prose; credit lines and the clinic's own sentences are skipped. */
    List<Flag> scan(String title, List<MarkdownProse.Block> blocks, Evidence evidence, Set<String> clinicSentences) {
        Set<Flag> flags = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        texts.add(title == null ? "" : title);
        blocks.stream().filter(b -> !b.credit()).forEach(b -> texts.add(b.text()));
        boolean notInPeople = evidence == Evidence.ANIMAL || evidence == Evidence.IN_VITRO;
        for (String text : texts) {
            for (String sentence : SENTENCE_END.split(text)) {
                if (sentence.isBlank() || isClinicText(sentence, clinicSentences)) {
                    continue;
                }
                claim(OVERCLAIMING, sentence, Flag.Kind.OVERCLAIMING, flags);
                claim(offLabel, sentence, Flag.Kind.OFF_LABEL, flags);
                first(DOSING, sentence, Flag.Kind.DOSING, flags);
                first(GARBLED, sentence, Flag.Kind.GARBLED_TEXT, flags);
                if (notInPeople && EFFECT.matcher(sentence).find() && !NEGATED.matcher(sentence).find()) {
                    first(HUMANS, sentence, Flag.Kind.ANIMAL_AS_HUMAN, flags);
                }
            }
        }
        return List.copyOf(flags);
    }

    /** The first claim not denied just before it ("no cure", "not FDA-approved"). */
    private static void claim(Pattern pattern, String sentence, Flag.Kind kind, Set<Flag> flags) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (!DENIAL_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                flags.add(new Flag(kind, m.group(), sentence));
                return;
            }
        }
    }

    private static void first(Pattern pattern, String sentence, Flag.Kind kind, Set<Flag> flags) {
        Matcher m = pattern.matcher(sentence);
        if (m.find()) {
            flags.add(new Flag(kind, m.group(), sentence));
        }
    }

    /** A sentence that carries one of the clinic's own sentences, e.g. a pitch after its service's name. */
    private static boolean isClinicText(String sentence, Set<String> clinicSentences) {
        String normalized = normalize(sentence);
        return clinicSentences.stream().anyMatch(normalized::contains);
    }

    /** The form in which sentences are compared with the clinic's own text. */
    static String normalize(String sentence) {
        return sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The sentences of a text, normalized, e.g. to recognise the clinic's pitches inside a draft. */
    static Set<String> sentencesOf(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String sentence : SENTENCE_END.split(text == null ? "" : text)) {
                if (!sentence.isBlank()) {
                    out.add(normalize(sentence));
                }
            }
        }
        return out;
    }
}
