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
 * next; then a trial in people — controlled, or one that gives people a treatment without a comparison group
 * (open-label, pilot, "30 adults received…") — unless animal or cell signals outweigh it; then whichever of
 * animal, cell/tissue and human-observational signals is strongest, non-human winning ties. Animals count only
 * as the subjects of a study ({@link StudyAnimals}): service dogs or therapy horses make no animal study.
 */
public final class EvidenceClassifier {
    private static final Pattern PREPRINT = words("preprints?|biorxiv|medrxiv|psyarxiv|arxiv|ssrn|research square",
            "not (?:yet )?(?:been )?peer[- ]reviewed", "has not been peer[- ]reviewed", "ahead of peer review");
    private static final Pattern REVIEW = words("meta-?analys[ie]s", "systematic reviews?", "umbrella reviews?",
            "scoping reviews?", "(?:a |an )?review of (?:\\d+|dozens of|hundreds of|more than \\d+) (?:studies|trials)",
            "pooled (?:data|results|analysis) (?:from|of) (?:\\d+|several|multiple)");
    private static final Pattern TRIAL = words("randomi[sz]ed", "randomly assigned", "placebo(?:-controlled)?",
            "sham(?:-controlled)?", "double-blind(?:ed)?", "single-blind(?:ed)?", "clinical trials?",
            "phase (?:1|2|3|4|i{1,3}|iv)(?:/(?:2|3|ii|iii))? (?:trial|study)", "nct\\d{8}", "controlled trials?",
            "open-label", "single-arm", "single-group", "uncontrolled (?:trial|study)", "pilot trials?",
            "(?:pilot|feasibility|proof-of-concept|dose-finding|dose-escalation) (?:study|trial)");
    /** People given a treatment: "30 adults received accelerated TMS", "underwent ten sessions". */
    private static final Pattern TREATED = words(
            "(?:received|were given|underwent|completed) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:sessions|infusions|doses|"
                    + "injections|treatments|courses)",
            "(?:\\d[\\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\p{L}+)?|ten|eleven|twelve|"
                    + "\\p{L}+teen) (?:[\\p{L}-]+ ){0,2}?(?:participants|patients|adults|veterans|people|volunteers|"
                    + "children|adolescents|teenagers|women|men|individuals)(?: with [\\p{L}\\p{N}' -]{1,40}?)? "
                    + "(?:who )?(?:all )?(?:received|were given|underwent|were treated with|took)",
            "(?:were|was) treated with");
    /** Designs that observe people: those who "received" a treatment in a records study were not given it. */
    private static final Pattern OBSERVED = words("retrospective(?:ly)?", "chart reviews?", "(?:health|medical) records",
            "registry", "claims data", "observational", "cohort stud(?:y|ies)", "cross-sectional", "survey of",
            "(?:national|online) surveys?", "surveyed");
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
        boolean observed = count(OBSERVED, strong + "\n" + body) > 0;
        score.put(Evidence.HUMAN_TRIAL, weight(TRIAL, strong, body) + (observed ? 0 : weight(TREATED, strong, body)));
        score.put(Evidence.ANIMAL, 3 * StudyAnimals.mentions(strong) + StudyAnimals.mentions(body));
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
