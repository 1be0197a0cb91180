package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRulesConfigTest {
    private static final String CLINIC = "clinic:\n  name: Mind Spa Denver\n";

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    @Test
    void readsSiteRulesFromFeedsYml() {
        FeedrafterConfig c = loader.parse("feeds.yml", CLINIC + """
                site_rules:
                  - name: Mind Matters Blog
                    domains: [mindmatters.example, blog.mindmatters.example]
                    content: ".post-body"
                    remove: [".share", ".promo"]
                    summary: ".post-dek"
                    key_facts: ".takeaways"
                    source: ".press-office"
                    citation: ".paper-ref"
                """, dir);
        SiteRule rule = c.siteRules().rules().get(0);
        assertThat(rule.name()).isEqualTo("Mind Matters Blog");
        assertThat(rule.content()).containsExactly(".post-body");
        assertThat(rule.remove()).containsExactly(".share", ".promo");
        assertThat(rule.keyFacts()).containsExactly(".takeaways");
        assertThat(rule.citation()).containsExactly(".paper-ref");
        assertThat(rule.appliesTo("mindmatters.example")).isTrue();
        assertThat(rule.appliesTo("www.mindmatters.example")).isTrue();
        assertThat(rule.appliesTo("notmindmatters.example")).isFalse();
        assertThat(rule.appliesTo("mindmatters.example.evil.test")).isFalse();
    }

    @Test
    void withoutTheSectionThereAreNoExtraRules() {
        assertThat(loader.parse("feeds.yml", CLINIC, dir).siteRules().rules()).isEmpty();
    }

    @Test
    void reportsABadSelectorAMissingDomainAndATypoWithTheirLines() {
        assertThatThrownBy(() -> loader.parse("feeds.yml", CLINIC + """
                site_rules:
                  - name: Broken
                    domains: [https://broken.example/news]
                    content: "div[class="
                  - name: No domain
                    contnet: ".body"
                """, dir)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "feeds.yml:5:14: site_rules[0].domains: \"https://broken.example/news\" is not a domain name "
                                + "(write example.com, without https:// or a path)",
                        "feeds.yml:6:14: site_rules[0].content: not a valid CSS selector: \"div[class=\" "
                                + "(Did not find balanced marker at 'class=')",
                        "feeds.yml:7:5: site_rules[1]: a site rule needs at least one domain "
                                + "(e.g. domains: [example.com])",
                        "feeds.yml:8:5: site_rules[1].contnet: unknown key (did you mean \"content\"?)"));
    }
}
