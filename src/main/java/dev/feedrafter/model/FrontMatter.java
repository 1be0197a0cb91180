package dev.feedrafter.model;

import java.util.List;

/**
 * The descriptive fields of a draft (DESIGN.md §5) that the pipeline writes and an editor reads:
 * headline, slug, matches, sources (newest first), evidence type, research citation and image, plus what
 * reading the body found ({@code review}) and the source changes that arrived after an edit.
 * {@code research} and {@code image} are null when unknown.
 */
public record FrontMatter(String title, String slug, List<String> services, List<String> topics, double relevance,
                          List<Relevance.Match> relevanceExplained, List<Source> sources, Evidence evidence,
                          Citation research, Image image, Review review, List<SourceChange> sourceChanges) {
    public FrontMatter {
        services = services == null ? List.of() : List.copyOf(services);
        topics = topics == null ? List.of() : List.copyOf(topics);
        relevanceExplained = relevanceExplained == null ? List.of() : List.copyOf(relevanceExplained);
        sources = sources == null ? List.of() : List.copyOf(sources);
        evidence = evidence == null ? Evidence.UNKNOWN : evidence;
        review = review == null ? Review.NONE : review;
        sourceChanges = sourceChanges == null ? List.of() : List.copyOf(sourceChanges);
    }

    /** Front matter not yet reviewed, with no source changes. */
    public FrontMatter(String title, String slug, List<String> services, List<String> topics, double relevance,
                       List<Relevance.Match> relevanceExplained, List<Source> sources, Evidence evidence,
                       Citation research, Image image) {
        this(title, slug, services, topics, relevance, relevanceExplained, sources, evidence, research, image,
                Review.NONE, List.of());
    }

    public FrontMatter withSources(List<Source> newSources) {
        return new FrontMatter(title, slug, services, topics, relevance, relevanceExplained, newSources, evidence,
                research, image, review, sourceChanges);
    }

    public FrontMatter withSlug(String newSlug) {
        return new FrontMatter(title, newSlug, services, topics, relevance, relevanceExplained, sources, evidence,
                research, image, review, sourceChanges);
    }

    public FrontMatter withReview(Review newReview) {
        return new FrontMatter(title, slug, services, topics, relevance, relevanceExplained, sources, evidence,
                research, image, newReview, sourceChanges);
    }

    public FrontMatter withSourceChanges(List<SourceChange> changes) {
        return new FrontMatter(title, slug, services, topics, relevance, relevanceExplained, sources, evidence,
                research, image, review, changes);
    }
}
