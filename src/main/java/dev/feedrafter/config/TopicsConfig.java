package dev.feedrafter.config;

import java.util.List;
import java.util.Set;

/** Topics that make a story relevant ({@code include}) and terms that rule it out ({@code exclude}). */
public record TopicsConfig(List<String> include, List<String> exclude) {
    public TopicsConfig {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    static TopicsConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("include", "exclude"));
        return new TopicsConfig(f.textList("include"), f.textList("exclude"));
    }
}
