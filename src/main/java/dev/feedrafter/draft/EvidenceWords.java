package dev.feedrafter.draft;

import dev.feedrafter.model.Evidence;

/**
 * The plain-language words a draft uses for its kind of evidence: the badge ("This was a study in zebrafish and
 * mice; it has not been tested in people."), the study phrase for the intro ("a new study in zebrafish and
 * mice"), and the caution that opens "What this could mean". A trial without a comparison group (open-label,
 * single-arm, pilot) says so, since it cannot tell the treatment's effect from expectation or time. Only what
 * the article says is used.
 */
final class EvidenceWords {
    private EvidenceWords() {}

    /** The badge; null when the kind of study is unknown. */
    static String badge(Evidence evidence, Population p) {
        return switch (evidence) {
            case ANIMAL -> "This was a study in " + orElse(p.speciesPhrase(), "animals") + "; it has not been tested "
                    + "in people. Results in animals often do not carry over to humans.";
            case IN_VITRO -> "This was a laboratory study of " + orElse(p.labMaterial(), "cells") + ", not of people; "
                    + "it has not been tested in people.";
            case HUMAN_TRIAL -> "This was a " + trial(p) + (p.participants() == null ? " in people" : "")
                    + (uncontrolled(p) ? " without a comparison group: everyone received the treatment, so it cannot "
                    + "show how much of the improvement came from the treatment itself." : ".");
            case HUMAN_OBSERVATIONAL -> "This was an observational study" + of(p) + ": it shows a link, not that one "
                    + "thing causes another.";
            case REVIEW -> "This was a review that pooled the results of earlier studies.";
            case PREPRINT -> "This is a preprint: it has not yet been peer-reviewed, so its findings may change.";
            case UNKNOWN -> null;
        };
    }

    /** "a new study in zebrafish and mice", "a new randomized clinical trial in 212 veterans", "new research". */
    static String studyPhrase(Evidence evidence, Population p) {
        return switch (evidence) {
            case ANIMAL -> "a new study in " + orElse(p.speciesPhrase(), "animals");
            case IN_VITRO -> "a new laboratory study";
            case HUMAN_TRIAL -> "a new " + trial(p);
            case HUMAN_OBSERVATIONAL -> "a new study" + of(p);
            case REVIEW -> "a new review of earlier studies";
            case PREPRINT -> "a new study that has not yet been peer-reviewed";
            case UNKNOWN -> "new research";
        };
    }

    /** What the evidence can and cannot say about care today. */
    static String caution(Evidence evidence, Population p) {
        return switch (evidence) {
            case ANIMAL, IN_VITRO -> "This research is at an early stage. Findings in "
                    + (evidence == Evidence.ANIMAL ? orElse(p.speciesPhrase(), "animals") : "the lab")
                    + " raise questions for future studies in people; they do not change how care is offered today.";
            case HUMAN_TRIAL -> uncontrolled(p) ? "Without a comparison group, a trial like this cannot separate the "
                    + "treatment's effect from expectations or the passing of time; controlled trials are the next step."
                    : "A single trial is an important step, but rarely the final word: what matters is whether "
                    + "results like these hold up in further studies.";
            case HUMAN_OBSERVATIONAL -> "Because this study observed people rather than testing a treatment, it "
                    + "shows a link, not cause and effect.";
            case REVIEW -> "Reviews weigh many studies together, which makes their conclusions steadier than those "
                    + "of any single study.";
            case PREPRINT -> "Because this study has not yet been peer-reviewed, its findings may still change.";
            case UNKNOWN -> "One study is rarely the final word; research moves step by step.";
        };
    }

    /** "randomized clinical trial in 212 veterans", "small trial in 30 adults", "clinical trial". */
    private static String trial(Population p) {
        String kind = uncontrolled(p) ? (p.smallTrial() ? "small " : "") + "trial"
                : (p.design() == Population.Design.RANDOMIZED ? "randomized " : "") + "clinical trial";
        return kind + (p.participants() == null ? "" : " in " + p.participants());
    }

    private static boolean uncontrolled(Population p) {
        return p.design() == Population.Design.UNCONTROLLED;
    }

    private static String of(Population p) {
        return p.participants() == null ? "" : " of " + p.participants();
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
