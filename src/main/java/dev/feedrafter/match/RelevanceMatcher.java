package dev.feedrafter.match;

import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.config.TopicsConfig;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.util.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how much a story matters to the clinic and why. Services' keywords and included topics are
 * {@link Rule}s matched by word stem (so "ketamine's", "depressive" and "stimulations" count), weighted by
 * field: title 3, summary 2, body 1, author and URL rules 2. An excluded term anywhere vetoes. The score
 * saturates towards 1 as weight adds up (1 − e^(−weight/4)); every contributing match is kept as explanation.
 */
public final class RelevanceMatcher {
    private static final double SCALE = 4;

    private final Map<String, List<Rule>> serviceRules = new LinkedHashMap<>();
    private final List<Rule> topicRules = new ArrayList<>();
    private final List<Rule> excludeRules = new ArrayList<>();
    private final double minRelevance;

    public RelevanceMatcher(List<ServiceConfig> services, TopicsConfig topics) {
        Check.notNull(services, "services");
        Check.notNull(topics, "topics");
        for (ServiceConfig s : services) {
            serviceRules.put(s.name(), s.keywords().stream().map(Rule::parse).toList());
        }
        topics.include().forEach(t -> topicRules.add(Rule.parse(t)));
        topics.exclude().forEach(t -> excludeRules.add(Rule.parse(t)));
        this.minRelevance = topics.minRelevance();
    }

    public Relevance match(MatchText text) {
        Check.notNull(text, "text");
        AnalyzedText analyzed = AnalyzedText.of(text);
        for (Rule r : excludeRules) {
            if (!r.matchedFields(analyzed).isEmpty()) {
                return new Relevance(0, List.of(), List.of(), List.of(), r.source());
            }
        }
        List<Relevance.Match> explained = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        for (var e : serviceRules.entrySet()) {
            for (Rule r : e.getValue()) {
                if (explain(r, analyzed, explained)) {
                    services.add(e.getKey());
                }
            }
        }
        Set<String> topics = new LinkedHashSet<>();
        for (Rule r : topicRules) {
            if (explain(r, analyzed, explained)) {
                topics.add(r.source());
            }
        }
        double total = explained.stream().mapToDouble(Relevance.Match::weight).sum();
        double score = Math.round((1 - Math.exp(-total / SCALE)) * 100) / 100.0;
        return new Relevance(score, List.copyOf(services), List.copyOf(topics), explained, null);
    }

    /** True when a story is relevant enough to draft: something matched, nothing vetoed, score ≥ min_relevance. */
    public boolean accepts(Relevance relevance) {
        return relevance.isRelevant() && relevance.score() >= minRelevance;
    }

    private static boolean explain(Rule rule, AnalyzedText text, List<Relevance.Match> explained) {
        List<AnalyzedText.Field> fields = rule.matchedFields(text);
        for (AnalyzedText.Field f : fields) {
            explained.add(new Relevance.Match(rule.source(), f.label(), f.weight));
        }
        return !fields.isEmpty();
    }
}
