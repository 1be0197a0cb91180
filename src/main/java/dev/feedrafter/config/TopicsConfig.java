package dev.feedrafter.config;

import java.util.List;
import java.util.Set;

/**
 * Topics that make a story relevant ({@code include}), terms that rule it out ({@code exclude}), and the
 * lowest relevance score that still makes a draft ({@code min_relevance}, 0 = any match).
 */
public record TopicsConfig(List<String> include, List<String> exclude, double minRelevance) {
    public TopicsConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public TopicsConfig(List<String> include, List<String> exclude) {
        this(include, exclude, 0);
    }

    static TopicsConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("include", "exclude", "min_relevance"));
        return new TopicsConfig(f.ruleList("include"), f.ruleList("exclude"), f.decimal("min_relevance", 0, 0, 1));
    }
}
