package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.model.Article;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden pairs: each {@code pages/x.html} (imitating one research-news site's real page structure) must extract
 * to exactly the values of {@code pages/x-expected.json}, whose {@code expected} object uses the field names of
 * the {@code extract} JSON; the body text must start and end where the article does and leave the chrome out.
 */
class SiteGoldenPairsTest {
    private static final JsonMapper JSON = new JsonMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"nn-ketamine-astrocytes", "sciencedaily-tms-depression", "eurekalert-ketamine-ptsd",
        "medicalxpress-psilocybin-anxiety", "psypost-ketamine-rumination"})
    void extractsExactlyTheGoldenValues(String name) throws Exception {
        JsonNode golden = JSON.readTree(Fixtures.text("pages/" + name + "-expected.json"));
        String url = golden.get("url").asText();
        String html = Fixtures.text("pages/" + name + ".html", golden.path("base").asText(""));
        Article article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", url);

        JsonNode actual = JSON.valueToTree(ArticleJson.of(article, true));
        for (Map.Entry<String, JsonNode> field : golden.get("expected").properties()) {
            assertThat(actual.get(field.getKey())).as(name + ": " + field.getKey()).isEqualTo(field.getValue());
        }
        String body = article.bodyText();
        if (golden.has("body_starts_with")) {
            assertThat(body).as(name + ": body start").startsWith(golden.get("body_starts_with").asText());
        }
        assertThat(body).as(name + ": body end").endsWith(golden.get("body_ends_with").asText());
        for (JsonNode excluded : golden.get("body_excludes")) {
            assertThat(body).as(name + ": body text").doesNotContain(excluded.asText());
            assertThat(article.bodyHtml()).as(name + ": body html").doesNotContain(excluded.asText());
        }
        if (golden.has("body_html_contains")) {
            assertThat(article.bodyHtml()).as(name + ": body html").contains(golden.get("body_html_contains").asText());
        }
        assertThat(article.warnings()).as(name + ": warnings").isEmpty();
        assertThat(article.details().origins()).as(name + ": origins").containsKeys("site_rule", "title", "citation");
        for (Map.Entry<String, JsonNode> origin : golden.path("expected_origins").properties()) {
            assertThat(article.details().origins()).as(name + ": origin").containsEntry(origin.getKey(),
                    origin.getValue().asText());
        }
    }
}
