package dev.feedrafter.model;

import java.util.List;

/**
 * How much a story matters to the clinic and why: a score in [0, 1], the matched services and topics,
 * each match that contributed, and the exclude term that vetoed it (null when none did).
 */
public record Relevance(double score, List<String> services, List<String> topics, List<Match> explained,
                        String vetoedBy) {
    public Relevance {
        services = services == null ? List.of() : List.copyOf(services);
        topics = topics == null ? List.of() : List.copyOf(topics);
        explained = explained == null ? List.of() : List.copyOf(explained);
    }

    /** One term found in one field, with the weight it added. */
    public record Match(String term, String field, double weight) {}

    /** True when the story touches at least one service or topic and no exclude term vetoed it. */
    public boolean isRelevant() {
        return vetoedBy == null && (!services.isEmpty() || !topics.isEmpty());
    }
}
