package dev.feedrafter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.testing.Fixtures;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    /** The fields of the extract contract, in its order; only {@code --details} adds more. */
    private static final List<String> CONTRACT = List.of("url", "title", "authors", "published", "site_name",
            "description", "summary", "key_facts", "body_text", "body_html", "image", "source_institution", "citation",
            "links", "warnings");

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerPageReadingGzippedFilesAndReportsAMissingOne() throws Exception {
        Path page = dir.resolve("release.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(Fixtures.text("pages/eurekalert-ketamine-ptsd.html").getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("--config", dir.resolve("absent.yml").toString(), "extract", page.toString(),
                dir.resolve("missing.html").toString(), "--base-url", "https://www.eurekalert.org/news-releases/1071234");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode json = new JsonMapper().readTree(lines[0]);
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(CONTRACT);
        assertThat(json.get("image").size()).isEqualTo(3);
        assertThat(json.get("citation").size()).isEqualTo(5);
        assertThat(json.get("links").size()).isEqualTo(3);
        assertThat(json.get("title").asText()).isEqualTo("Single ketamine infusion eases PTSD symptoms in veterans for a month");
        assertThat(json.get("citation").get("doi").asText()).isEqualTo("10.1001/jamapsychiatry.2026.3318");
        assertThat(json.get("body_text").asText()).startsWith("NORTHFIELD, Ohio — A single infusion");

        JsonNode error = new JsonMapper().readTree(lines[1]);
        assertThat(error.get("source").asText()).endsWith("missing.html");
        assertThat(error.get("error").asText()).isNotBlank();

        CliRun detailed = CliRun.of("--config", dir.resolve("absent.yml").toString(), "extract", "--details",
                page.toString(), "--base-url", "https://www.eurekalert.org/news-releases/1071234");
        JsonNode all = new JsonMapper().readTree(detailed.out().strip());
        List<String> allNames = new ArrayList<>();
        all.fieldNames().forEachRemaining(allNames::add);
        assertThat(allNames.subList(0, CONTRACT.size())).containsExactlyElementsOf(CONTRACT);
        assertThat(allNames).contains("canonical_url", "language", "section", "origins");
        assertThat(all.get("origins").get("site_rule").asText()).isEqualTo("EurekAlert!");
    }

    @Test
    void usesTheSiteRulesOfFeedsYml() throws Exception {
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, """
                clinic:
                  name: Mind Spa Denver
                site_rules:
                  - name: Lab blog
                    domains: [lab.example]
                    content: ".keep"
                """);
        Path page = dir.resolve("post.html");
        Files.writeString(page, "<html><body><div class=keep><p>Only this paragraph is the article, and it says so in "
                + "enough words.</p></div><div class=other><p>This longer paragraph is not the article although it "
                + "has more words, more commas, more clauses, and more of everything that a heuristic likes.</p>"
                + "<p>Nor is this one, which adds even more words to the wrong container.</p></div></body></html>");
        CliRun run = CliRun.of("--config", config.toString(), "extract", page.toString(), "--base-url",
                "https://lab.example/post");
        JsonNode json = new JsonMapper().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(json.get("body_text").asText())
                .isEqualTo("Only this paragraph is the article, and it says so in enough words.");
    }
}
