package dev.feedrafter.config;

import java.util.List;
import java.util.Set;

/** A service the clinic offers, the words that signal a story is about it, and the clinic's pitch for it. */
public record ServiceConfig(String name, List<String> keywords, String pitch) {
    public ServiceConfig {
        keywords = List.copyOf(keywords);
    }

    static ServiceConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("name", "keywords", "pitch"));
        String name = f.requiredText("name");
        List<String> keywords = f.ruleList("keywords");
        if (name != null && keywords.isEmpty()) {
            keywords = List.of(name);
        }
        return name == null ? null : new ServiceConfig(name, keywords, f.text("pitch", ""));
    }
}
