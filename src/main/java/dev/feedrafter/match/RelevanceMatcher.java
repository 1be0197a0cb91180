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
import java.util.regex.Pattern;

/**
 * Decides how much a story matters to the clinic: services' keywords and included topics found as whole
 * words (case-insensitive), weighted by field (title above summary above body); an excluded term vetoes.
 * The score saturates towards 1 as evidence adds up, and every contributing match is kept as explanation.
 */
public final class RelevanceMatcher {
    static final double TITLE_WEIGHT = 3;
    static final double SUMMARY_WEIGHT = 2;
    static final double BODY_WEIGHT = 1;
    /** Total weight at which the score reaches 1 − 1/e ≈ 0.63: one title match and a summary match. */
    private static final double SCALE = 4;

    private final Map<String, List<Term>> serviceTerms = new LinkedHashMap<>();
    private final List<Term> topicTerms = new ArrayList<>();
    private final List<Term> excludeTerms = new ArrayList<>();

    public RelevanceMatcher(List<ServiceConfig> services, TopicsConfig topics) {
        Check.notNull(services, "services");
        Check.notNull(topics, "topics");
        for (ServiceConfig s : services) {
            serviceTerms.put(s.name(), s.keywords().stream().map(Term::new).toList());
        }
        topics.include().forEach(t -> topicTerms.add(new Term(t)));
        topics.exclude().forEach(t -> excludeTerms.add(new Term(t)));
    }

    public Relevance match(MatchText text) {
        Check.notNull(text, "text");
        for (Term t : excludeTerms) {
            if (t.foundIn(text.title()) || t.foundIn(text.summary()) || t.foundIn(text.body())) {
                return new Relevance(0, List.of(), List.of(), List.of(), t.word);
            }
        }
        List<Relevance.Match> explained = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        for (var e : serviceTerms.entrySet()) {
            for (Term t : e.getValue()) {
                if (addMatches(t, text, explained)) {
                    services.add(e.getKey());
                }
            }
        }
        Set<String> topics = new LinkedHashSet<>();
        for (Term t : topicTerms) {
            if (addMatches(t, text, explained)) {
                topics.add(t.word);
            }
        }
        double total = explained.stream().mapToDouble(Relevance.Match::weight).sum();
        double score = Math.round((1 - Math.exp(-total / SCALE)) * 100) / 100.0;
        return new Relevance(score, List.copyOf(services), List.copyOf(topics), explained, null);
    }

    private static boolean addMatches(Term t, MatchText text, List<Relevance.Match> explained) {
        boolean found = false;
        if (t.foundIn(text.title())) {
            explained.add(new Relevance.Match(t.word, "title", TITLE_WEIGHT));
            found = true;
        }
        if (t.foundIn(text.summary())) {
            explained.add(new Relevance.Match(t.word, "summary", SUMMARY_WEIGHT));
            found = true;
        }
        if (t.foundIn(text.body())) {
            explained.add(new Relevance.Match(t.word, "body", BODY_WEIGHT));
            found = true;
        }
        return found;
    }

    /** A configured word or phrase, matched as whole words regardless of case. */
    private static final class Term {
        private final String word;
        private final Pattern pattern;

        Term(String word) {
            this.word = word;
            String phrase = Pattern.quote(word.strip()).replace(" ", "\\E\\s+\\Q");
            this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        boolean foundIn(String text) {
            return !text.isEmpty() && pattern.matcher(text).find();
        }
    }
}
