package dev.feedrafter.draft;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import java.util.List;

/**
 * Everything a draft is written from: the clinic, the lead report (the article the text draws on), every
 * outlet's credit (newest first) and report (lead first: the others fill in what the lead leaves unsaid, such
 * as how many people a trial enrolled), the relevance, the evidence type and the research citation.
 */
public record DraftInput(ClinicConfig clinic, Article lead, Source leadSource, List<Source> sources,
                         List<Article> reports, Relevance relevance, Evidence evidence, Citation research,
                         int quoteMaxWords) {
    public DraftInput {
        sources = List.copyOf(sources);
        reports = reports == null || reports.isEmpty() ? List.of(lead) : List.copyOf(reports);
        research = research == null ? Citation.NONE : research;
    }

    /** A story with one report, the lead's. */
    public DraftInput(ClinicConfig clinic, Article lead, Source leadSource, List<Source> sources, Relevance relevance,
                      Evidence evidence, Citation research, int quoteMaxWords) {
        this(clinic, lead, leadSource, sources, List.of(lead), relevance, evidence, research, quoteMaxWords);
    }
}
