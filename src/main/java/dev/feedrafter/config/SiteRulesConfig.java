package dev.feedrafter.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code site_rules:} section of feeds.yml: extra per-site extraction rules, tried before the built-in
 * ones, so that a rule here adds a site or replaces the built-in rule of the same domain.
 */
public record SiteRulesConfig(List<SiteRule> rules) {
    public static final SiteRulesConfig NONE = new SiteRulesConfig(List.of());

    public SiteRulesConfig {
        rules = List.copyOf(rules);
    }

    static SiteRulesConfig read(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.isNull()
                || node instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
            return NONE;  // absent or empty
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.at(node, "expected a list of site rules, found " + node.kind());
            return NONE;
        }
        List<SiteRule> rules = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            SiteRule rule = SiteRule.read(item, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new SiteRulesConfig(rules);
    }

    /**
     * Reads a YAML list of site rules outside feeds.yml (the built-in resource); {@code name} appears in messages.
     *
     * @throws ConfigException listing every problem when the text is not a valid list of rules
     */
    public static SiteRulesConfig parse(String name, String text) {
        dev.feedrafter.util.Check.notNull(name, "name");
        dev.feedrafter.util.Check.notNull(text, "text");
        Problems problems = new Problems(name);
        YamlNode root = new YamlTreeReader(name, problems, key -> null).read(text);
        SiteRulesConfig rules = read(root, problems);
        problems.throwIfAny();
        return rules;
    }
}
