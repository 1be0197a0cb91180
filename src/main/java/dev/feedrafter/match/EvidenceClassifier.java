package dev.feedrafter.match;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.util.Texts;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of study a story reports, from the article and its citation, so that a mouse study is
 * never presented as a human result. Signals in the headline, summary, key facts and citation count three
 * times as much as the body. Order of decision: a preprint is always flagged; a review or meta-analysis
 * next; then a trial in people, unless animal or cell signals outweigh it; then whichever of animal,
 * cell/tissue and human-observational signals is strongest, non-human winning ties.
 */
public final class EvidenceClassifier {
    private static final Pattern PREPRINT = words("preprints?|biorxiv|medrxiv|psyarxiv|arxiv|ssrn|research square",
            "not (?:yet )?(?:been )?peer[- ]reviewed", "has not been peer[- ]reviewed", "ahead of peer review");
    private static final Pattern REVIEW = words("meta-?analys[ie]s", "systematic reviews?", "umbrella reviews?",
            "scoping reviews?", "(?:a |an )?review of (?:\\d+|dozens of|hundreds of|more than \\d+) (?:studies|trials)",
            "pooled (?:data|results|analysis) (?:from|of) (?:\\d+|several|multiple)");
    private static final Pattern TRIAL = words("randomi[sz]ed", "randomly assigned", "placebo(?:-controlled)?",
            "sham(?:-controlled)?", "double-blind(?:ed)?", "single-blind(?:ed)?", "clinical trials?",
            "phase (?:1|2|3|4|i{1,3}|iv)(?:/(?:2|3|ii|iii))? (?:trial|study)", "nct\\d{8}", "controlled trials?");
    private static final Pattern ANIMAL = words("mice", "mouse", "murine", "rats?", "rodents?", "zebrafish",
            "monkeys?", "macaques?", "primates?", "marmosets?", "fruit (?:fly|flies)", "drosophila", "c\\. elegans",
            "nematodes?", "worms", "pigs?", "piglets?", "sheep", "dogs", "songbirds?", "finches", "animal models?",
            "in animals", "larval fish", "tadpoles?", "octopus(?:es)?", "bees");
    private static final Pattern IN_VITRO = words("organoids?", "cell cultures?", "cultured (?:cells|neurons)",
            "in vitro", "petri dish(?:es)?", "stem[- ]cell-derived", "brain slices?", "lab-grown", "ipscs?",
            "induced pluripotent");
    private static final Pattern HUMAN = words("participants", "volunteers", "patients", "adults", "adolescents",
            "children", "veterans", "people (?:with|who)", "cohort", "surveyed", "survey of", "questionnaires?",
            "observational", "cross-sectional", "longitudinal", "registry", "health records", "respondents",
            "twins", "biobank", "men and women", "women", "individuals");

    private EvidenceClassifier() {}

    public static Evidence classify(Article a) {
        String strong = String.join("\n", Texts.orEmpty(a.title()), Texts.orEmpty(a.summary()),
                Texts.orEmpty(a.description()), String.join("\n", a.keyFacts()), Texts.orEmpty(a.citation().title()),
                Texts.orEmpty(a.citation().journal()));
        String body = a.bodyText();
        if (PREPRINT.matcher(strong + "\n" + body).find() || isPreprintDoi(a.citation().doi())) {
            return Evidence.PREPRINT;
        }
        Map<Evidence, Integer> score = new EnumMap<>(Evidence.class);
        score.put(Evidence.REVIEW, weight(REVIEW, strong, body));
        score.put(Evidence.HUMAN_TRIAL, weight(TRIAL, strong, body));
        score.put(Evidence.ANIMAL, weight(ANIMAL, strong, body));
        score.put(Evidence.IN_VITRO, weight(IN_VITRO, strong, body));
        score.put(Evidence.HUMAN_OBSERVATIONAL, weight(HUMAN, strong, body));
        if (count(REVIEW, strong) > 0) {
            return Evidence.REVIEW;
        }
        int nonHuman = Math.max(score.get(Evidence.ANIMAL), score.get(Evidence.IN_VITRO));
        int trial = score.get(Evidence.HUMAN_TRIAL);
        if (trial >= 3 && trial >= nonHuman) {
            return Evidence.HUMAN_TRIAL;
        }
        if (nonHuman > 0 && nonHuman >= score.get(Evidence.HUMAN_OBSERVATIONAL) / 2) {
            return score.get(Evidence.ANIMAL) >= score.get(Evidence.IN_VITRO) ? Evidence.ANIMAL : Evidence.IN_VITRO;
        }
        if (score.get(Evidence.HUMAN_OBSERVATIONAL) >= 3) {
            return Evidence.HUMAN_OBSERVATIONAL;
        }
        return Evidence.UNKNOWN;
    }

    private static boolean isPreprintDoi(String doi) {
        // bioRxiv and medRxiv DOIs: 10.1101/YYYY.MM.DD.NNNNNN
        return doi != null && doi.matches("10\\.1101/\\d{4}\\.\\d{2}\\.\\d{2}\\..*");
    }

    private static int weight(Pattern p, String strong, String body) {
        return 3 * count(p, strong) + count(p, body);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
