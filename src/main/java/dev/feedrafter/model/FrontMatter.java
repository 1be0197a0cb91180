package dev.feedrafter.model;

import java.util.List;

/**
 * The descriptive fields of a draft (DESIGN.md §5) that the pipeline writes and an editor reads:
 * headline, slug, matches, sources (newest first), evidence type, research citation and image.
 * {@code research} and {@code image} are null when unknown.
 */
public record FrontMatter(String title, String slug, List<String> services, List<String> topics, double relevance,
                          List<Relevance.Match> relevanceExplained, List<Source> sources, Evidence evidence,
                          Citation research, Image image) {
    public FrontMatter {
        services = services == null ? List.of() : List.copyOf(services);
        topics = topics == null ? List.of() : List.copyOf(topics);
        relevanceExplained = relevanceExplained == null ? List.of() : List.copyOf(relevanceExplained);
        sources = sources == null ? List.of() : List.copyOf(sources);
        evidence = evidence == null ? Evidence.UNKNOWN : evidence;
    }

    public FrontMatter withSources(List<Source> newSources) {
        return new FrontMatter(title, slug, services, topics, relevance, relevanceExplained, newSources, evidence,
                research, image);
    }

    public FrontMatter withSlug(String newSlug) {
        return new FrontMatter(title, newSlug, services, topics, relevance, relevanceExplained, sources, evidence,
                research, image);
    }
}
