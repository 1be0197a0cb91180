package dev.feedrafter.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * How to read the pages of one site: CSS selectors for the article container ({@code content}), what to drop
 * from it ({@code remove}), and where the site prints its summary, key facts, source institution and the
 * original-research citation. A rule applies to its {@code domains} and their subdomains only.
 */
public record SiteRule(String name, List<String> domains, List<String> content, List<String> remove,
                       List<String> summary, List<String> keyFacts, List<String> source, List<String> citation) {
    static final Set<String> KEYS = Set.of("name", "domains", "content", "remove", "summary", "key_facts", "source",
            "citation");

    public SiteRule {
        domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        content = List.copyOf(content);
        remove = List.copyOf(remove);
        summary = List.copyOf(summary);
        keyFacts = List.copyOf(keyFacts);
        source = List.copyOf(source);
        citation = List.copyOf(citation);
    }

    /** True when {@code host} is one of the rule's domains or a subdomain of one. */
    public boolean appliesTo(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String d : domains) {
            if (h.equals(d) || h.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    static SiteRule read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, KEYS);
        String name = f.requiredText("name");
        List<String> domains = f.textList("domains");
        if (domains.isEmpty()) {
            problems.at(f.child("domains") == null ? node : f.child("domains"),
                    "a site rule needs at least one domain (e.g. domains: [example.com])");
        }
        for (String domain : domains) {
            if (!domain.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                problems.at(f.child("domains"), "\"" + domain + "\" is not a domain name (write example.com, "
                        + "without https:// or a path)");
            }
        }
        SiteRule rule = new SiteRule(name, domains, selectors(f, "content"), selectors(f, "remove"),
                selectors(f, "summary"), selectors(f, "key_facts"), selectors(f, "source"), selectors(f, "citation"));
        return name == null ? null : rule;
    }

    private static List<String> selectors(Fields f, String key) {
        List<String> list = f.textList(key);
        for (String selector : list) {
            try {
                QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                f.problems().at(f.child(key), "not a valid CSS selector: \"" + selector + "\" (" + e.getMessage()
                        + ")");
            }
        }
        return list;
    }
}
