package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.config.SiteRulesConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRulesTest {
    @Test
    void theBuiltInRulesCoverTheFiveResearchNewsSites() {
        SiteRules rules = SiteRules.builtIn();
        assertThat(rules.forUrl("https://neurosciencenews.com/a/")).map(SiteRule::name).hasValue("Neuroscience News");
        assertThat(rules.forUrl("https://www.sciencedaily.com/releases/x.htm")).map(SiteRule::name)
                .hasValue("ScienceDaily");
        assertThat(rules.forUrl("https://www.eurekalert.org/news-releases/1")).map(SiteRule::name)
                .hasValue("EurekAlert!");
        assertThat(rules.forUrl("https://medicalxpress.com/news/x.html")).map(SiteRule::name).get().asString()
                .startsWith("Science X");
        assertThat(rules.forUrl("https://phys.org/news/x.html")).map(SiteRule::name).get().asString()
                .startsWith("Science X");
        assertThat(rules.forUrl("https://www.psypost.org/x/")).map(SiteRule::name).hasValue("PsyPost");
    }

    @Test
    void aRuleAppliesOnlyToItsOwnDomain() {
        SiteRules rules = SiteRules.builtIn();
        assertThat(rules.forUrl("https://sciencedaily.com.mirror.test/releases/x.htm")).isEmpty();
        assertThat(rules.forUrl("https://notsciencedaily.com/x")).isEmpty();
        assertThat(rules.forUrl("file:///tmp/page.html")).isEmpty();
        assertThat(rules.forUrl("not a url")).isEmpty();
        assertThat(rules.forUrl(null)).isEmpty();
    }

    @Test
    void theSamePageElsewhereIsReadByTheGenericHeuristicsAlone() {
        String html = Fixtures.text("pages/sciencedaily-tms-depression.html");
        Article elsewhere = new ArticleExtractor().extract(html, "https://news.example.test/tms.htm");
        assertThat(elsewhere.details().origins()).doesNotContainKey("site_rule");
        // Without the rule the labelled parts are still found, and the chrome is still left out.
        assertThat(elsewhere.summary()).startsWith("A compressed course of magnetic brain stimulation");
        assertThat(elsewhere.sourceInstitution()).isEqualTo("Lakeshore University Medical Center");
        assertThat(elsewhere.citation().doi()).isEqualTo("10.1176/appi.ajp.20260412");
        assertThat(elsewhere.bodyText()).contains("Of the 84 adults in the trial")
                .doesNotContain("RELATED STORIES", "Cite This Page", "Materials provided by");
    }

    @Test
    void aConfiguredRuleComesBeforeTheBuiltInOnes() {
        SiteRule mine = new SiteRule("My ScienceDaily", List.of("sciencedaily.com"), List.of("#text"), List.of(),
                List.of(), List.of(), List.of(), List.of());
        SiteRules rules = SiteRules.withConfigured(new SiteRulesConfig(List.of(mine)));
        assertThat(rules.forUrl("https://www.sciencedaily.com/x.htm")).hasValue(mine);
        assertThat(rules.all()).hasSize(SiteRules.builtIn().all().size() + 1);

        Article a = new ArticleExtractor(rules).extract(Fixtures.text("pages/sciencedaily-tms-depression.html"),
                "https://www.sciencedaily.com/releases/2026/11/261124113012.htm");
        assertThat(a.bodyText()).startsWith("Transcranial magnetic stimulation, or TMS,");
        assertThat(a.details().origins()).containsEntry("site_rule", "My ScienceDaily");
    }
}
