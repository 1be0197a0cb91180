package dev.feedrafter.model;

import java.util.List;

/** Every doi.org, PubMed and ClinicalTrials.gov link found in an article body. */
public record ResearchLinks(List<String> doi, List<String> pubmed, List<String> trials) {
    public static final ResearchLinks NONE = new ResearchLinks(List.of(), List.of(), List.of());

    public ResearchLinks {
        doi = doi == null ? List.of() : List.copyOf(doi);
        pubmed = pubmed == null ? List.of() : List.copyOf(pubmed);
        trials = trials == null ? List.of() : List.copyOf(trials);
    }
}
