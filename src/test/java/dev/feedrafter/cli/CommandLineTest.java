package dev.feedrafter.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

class CommandLineTest {
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
    }

    @Test
    void configCheckListsTheFeedsOrEveryProblem() throws Exception {
        CliRun ok = CliRun.of("--config", config, "config", "check");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("is valid", "Neuroscience News", site.baseUrl() + "/feed/");

        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, Fixtures.text("config/two-mistakes.yml"));
        CliRun failed = CliRun.of("--config", bad.toString(), "config", "check");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains(bad + ":5:3: defaults.evry: unknown key", bad + ":7:10: feeds[0].url")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void pollPrintsASummaryAndDraftsReadBackAsJson() throws Exception {
        CliRun poll = CliRun.of("--config", config, "poll");
        assertThat(poll.exitCode()).isZero();
        assertThat(poll.out()).containsPattern("Neuroscience News\\s+3\\s+2\\s+ok")
                .contains("1 feeds polled, 3 new entries, 2 new drafts.");

        CliRun list = CliRun.of("--config", config, "drafts", "list", "--json");
        JsonNode drafts = json.readTree(list.out());
        assertThat(drafts).hasSize(2);
        JsonNode first = drafts.get(0);
        assertThat(first.has("body_markdown")).isFalse();
        for (String field : new String[] {"id", "title", "status", "slug", "services", "topics", "relevance",
            "sources", "evidence", "research", "image", "created_at", "updated_at", "version", "editor"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }

        long id = first.get("id").asLong();
        CliRun show = CliRun.of("--config", config, "drafts", "show", String.valueOf(id), "--format", "json");
        JsonNode one = json.readTree(show.out());
        assertThat(one.get("body_markdown").asText()).contains("Mind Spa Denver");
        assertThat(one.get("status").asText()).isEqualTo("new");

        CliRun md = CliRun.of("--config", config, "drafts", "show", String.valueOf(id));
        assertThat(md.out()).startsWith("---\ntitle: ").contains("\n---\n\n# ");
    }

    @Test
    void aFeedThatFailsExitsWithOneAndTheOthersStillRun() throws Exception {
        site.stubFor(get(urlPathEqualTo("/gone/")).willReturn(aResponse().withStatus(404)));
        Files.writeString(Path.of(config), Files.readString(Path.of(config)).replace("feeds:\n",
                "feeds:\n  - name: Gone\n    url: " + site.baseUrl() + "/gone/\n"), StandardCharsets.UTF_8);
        CliRun poll = CliRun.of("--config", config, "poll");
        assertThat(poll.exitCode()).isEqualTo(1);
        assertThat(poll.out()).containsPattern("Gone\\s+0\\s+0\\s+failed: HTTP 404")
                .containsPattern("Neuroscience News\\s+3\\s+2\\s+ok");
    }

    @Test
    void importMakesOneDraftAndTheWorkflowMovesIt() throws Exception {
        CliRun imported = CliRun.of("--config", config, "import", site.baseUrl() + ResearchNewsSite.HONEYBEE);
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).startsWith("draft 1: New Research: Honeybees Use the Sun’s Glare to Judge Distance");

        assertThat(CliRun.of("--config", config, "drafts", "pick", "1", "--editor", "alex").out())
                .contains("picked by alex");
        assertThat(CliRun.of("--config", config, "drafts", "approve", "1").exitCode()).isZero();
        CliRun rejectAfterExport = CliRun.of("--config", config, "drafts", "export", "1", "--out",
                dir.resolve("out").toString(), "--format", "html");
        assertThat(rejectAfterExport.exitCode()).isZero();
        assertThat(dir.resolve("out/honeybees-use-the-suns-glare-to-judge-distance.html")).exists();
        CliRun reject = CliRun.of("--config", config, "drafts", "reject", "1", "--reason", "off topic");
        assertThat(reject.exitCode()).isEqualTo(2);
        assertThat(reject.err()).contains("draft 1 is exported and cannot become rejected");
    }

    @Test
    void editStoresANewVersionAndKeepsItAcrossPolls() throws Exception {
        CliRun.of("--config", config, "import", site.baseUrl() + ResearchNewsSite.KETAMINE);
        Path body = dir.resolve("body.md");
        Files.writeString(body, "---\ntitle: ignored\n---\n\nOur own words about ketamine.\n");
        CliRun edit = CliRun.of("--config", config, "drafts", "edit", "1", "--file", body.toString());
        assertThat(edit.out()).contains("saved as version 2");
        CliRun.of("--config", config, "poll");
        JsonNode d = json.readTree(CliRun.of("--config", config, "drafts", "show", "1", "--format", "json").out());
        assertThat(d.get("version").asInt()).isEqualTo(2);
        assertThat(d.get("body_markdown").asText()).isEqualTo("Our own words about ketamine.\n");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : new String[][] {{"poll", "--help"}, {"serve", "--help"}, {"drafts", "list", "-h"},
            {"drafts", "--help"}, {"feeds", "import-opml", "--help"}, {"config", "check", "--help"}}) {
            CliRun help = CliRun.of(command);
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).as(String.join(" ", command)).startsWith("Usage: feedrafter " + command[0]);
        }
    }

    @Test
    void unknownThingsAreUsageErrors() {
        assertThat(CliRun.of("--config", config, "poll", "--feed", "Nope").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--config", config, "drafts", "show", "42").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--config", config, "drafts", "list", "--status", "maybe").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--config", config, "frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--config", config, "import", "not a url").exitCode()).isEqualTo(2);
    }
}
