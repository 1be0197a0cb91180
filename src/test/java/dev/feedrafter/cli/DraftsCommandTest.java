package dev.feedrafter.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Review notes, edits, exports and template mistakes, as the command line shows them. */
class DraftsCommandTest {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private String config;

    @BeforeEach
    void setUp() {
        ResearchNewsSite.serve(site);
        config = Fixtures.config("config/clinic.yml", site.baseUrl(), dir).toString();
        assertThat(CliRun.of("--config", config, "import", site.baseUrl() + ResearchNewsSite.KETAMINE).exitCode())
                .isZero();
    }

    private JsonNode show() throws Exception {
        return json.readTree(CliRun.of("--config", config, "drafts", "show", "1", "--format", "json").out());
    }

    @Test
    void showPrintsTheReviewInTheDocumentAndNotesForTheEditorApart() throws Exception {
        CliRun md = CliRun.of("--config", config, "drafts", "show", "1");
        assertThat(md.out()).contains("\nflags: []\n", "\nquoted_words: ", "\nquote_overlap: 0.", "\nsource_changes: []\n");
        assertThat(md.err()).containsPattern("draft 1: \\d+ quoted words; \\d+% of the text matches a source word for "
                + "word; 0 flags");
        JsonNode d = show();
        assertThat(d.get("flags").isArray()).isTrue();
        assertThat(d.get("quoted_words").asInt()).isBetween(1, 60);
        assertThat(d.get("quote_overlap").asDouble()).isBetween(0.01, 0.35);
        assertThat(d.get("source_changes").isArray()).isTrue();
    }

    @Test
    void anEditIsReviewedAndItsFlagsShown() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "# Ketamine news\n\nThis breakthrough helps patients with depression, "
                + "and 0.5 mg/kg is the usual dose.\n", StandardCharsets.UTF_8);
        CliRun edit = CliRun.of("--config", config, "drafts", "edit", "1", "--file", body.toString(), "--editor", "alex");
        assertThat(edit.exitCode()).isZero();
        assertThat(edit.err()).contains("draft 1: overclaiming: breakthrough — “This breakthrough helps patients",
                "draft 1: dosing: 0.5 mg/kg");
        assertThat(show().get("flags").findValuesAsText("kind")).contains("overclaiming", "dosing");
    }

    @Test
    void exportWritesEachDraftOnceSanitizedInUtf8() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "# Ours — “quoted”\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) ok\n",
                StandardCharsets.UTF_8);
        CliRun.of("--config", config, "drafts", "edit", "1", "--file", body.toString());
        Path out = dir.resolve("out");
        CliRun md = CliRun.of("--config", config, "drafts", "export", "1", "1", "--out", out.toString());
        CliRun html = CliRun.of("--config", config, "drafts", "export", "1", "--out", out.toString(), "--format", "html");
        assertThat(md.exitCode()).isZero();
        assertThat(html.exitCode()).isZero();
        assertThat(md.out().lines()).hasSize(1);
        String slug = show().get("slug").asText();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(slug + ".html", slug + ".md");
        }
        String exportedMd = Files.readString(out.resolve(slug + ".md"), StandardCharsets.UTF_8);
        assertThat(exportedMd).contains("# Ours — “quoted”", "&lt;script>alert(1)&lt;/script>", "[x](#) ok")
                .doesNotContain("<script>", "javascript:");
        String exportedHtml = Files.readString(out.resolve(slug + ".html"), StandardCharsets.UTF_8);
        assertThat(exportedHtml).contains("<meta charset=\"utf-8\">", "Ours — “quoted”")
                .doesNotContain("<script>alert", "javascript:");
    }

    @Test
    void aBrokenTemplateIsAConfigurationErrorNamingFileAndLine() throws Exception {
        Path template = dir.resolve("broken.md.mustache");
        Files.writeString(template, "# {{title}}\n\n{{#sources}}\n- {{name}}\n");
        Path yml = Path.of(config);
        Files.writeString(yml, Files.readString(yml).replace("drafts:\n", "drafts:\n  template: broken.md.mustache\n"));
        for (String[] command : new String[][] {{"config", "check"}, {"poll"},
            {"import", site.baseUrl() + ResearchNewsSite.PTSD}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--config";
            args[1] = config;
            System.arraycopy(command, 0, args, 2, command.length);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).contains(template + ":3: drafts.template: broken template: Failed to close 'sources' "
                    + "tag").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void pickingForAnEmptyEditorNameIsAUsageError() {
        CliRun run = CliRun.of("--config", config, "drafts", "pick", "1", "--editor", " ");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--editor: give the name of the editor who takes the draft");
        assertThat(CliRun.of("--config", config, "drafts", "show", "1", "--format", "json").out())
                .contains("\"status\" : \"new\"");
    }
}
