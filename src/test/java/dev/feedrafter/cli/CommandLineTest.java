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

    @Test
    void aCommandGroupWithoutItsSubcommandIsAUsageError() {
        for (String group : new String[] {"drafts", "feeds", "config"}) {
            CliRun run = CliRun.of("--config", config, group);
            assertThat(run.exitCode()).as(group).isEqualTo(2);
            assertThat(run.out()).as(group).isEmpty();
            assertThat(run.err()).as(group).startsWith("Missing required subcommand: ")
                    .contains("Usage: feedrafter " + group);
        }
    }

    @Test
    void serveOnAPortInUseNamesThePortAndTheSettingAndExitsWithOne() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Files.writeString(Path.of(config), Files.readString(Path.of(config)) + "web:\n  port: "
                    + taken.getLocalPort() + "\n", StandardCharsets.UTF_8);
            CliRun serve = CliRun.of("--config", config, "serve");
            assertThat(serve.exitCode()).isEqualTo(1);
            assertThat(serve.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(),
                    "set another web.port or web.host in feeds.yml").doesNotContain("\tat ");
        }
    }

    @Test
    void fileErrorsSayWhatIsWrongNotJustThePath() throws Exception {
        String missing = dir.resolve("nosuchfile.html").toString();
        CliRun extract = CliRun.of("extract", missing);
        assertThat(extract.exitCode()).isEqualTo(1);
        assertThat(json.readTree(extract.out()).get("error").asText()).isEqualTo("no such file");
        assertThat(json.readTree(CliRun.of("extract", dir.toString()).out()).get("error").asText())
                .isEqualTo("is a folder, not a file");

        CliRun.of("--config", config, "import", site.baseUrl() + ResearchNewsSite.KETAMINE);
        String nonexist = dir.resolve("nonexist.md").toString();
        CliRun edit = CliRun.of("--config", config, "drafts", "edit", "1", "--file", nonexist);
        assertThat(edit.exitCode()).isEqualTo(2);
        assertThat(edit.err()).isEqualTo("feedrafter: cannot read " + nonexist + ": no such file\n");

        Path afile = dir.resolve("afile");
        Files.writeString(afile, "not a folder");
        CliRun.of("--config", config, "drafts", "approve", "1");
        CliRun export = CliRun.of("--config", config, "drafts", "export", "1", "--out", afile.toString());
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("feedrafter: --out " + afile + " is not a folder\n");
        assertThat(json.readTree(CliRun.of("--config", config, "drafts", "show", "1", "--format", "json").out())
                .get("status").asText()).as("nothing was marked exported").isEqualTo("approved");
    }

    @Test
    void aFailedImportSaysWhatFailedOnceAndTheRealCause() {
        site.stubFor(get(urlPathEqualTo("/missing.html")).willReturn(aResponse().withStatus(404)));
        String missing = site.baseUrl() + "/missing.html";
        CliRun notFound = CliRun.of("--config", config, "import", missing);
        assertThat(notFound.exitCode()).isEqualTo(1);
        assertThat(notFound.out()).isEqualTo("failed: " + missing + ": HTTP 404 Not Found\n");

        CliRun refused = CliRun.of("--config", config, "import", "http://127.0.0.1:1/x");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).startsWith("failed: http://127.0.0.1:1/x: connection refused (")
                .doesNotContain("robots.txt").containsOnlyOnce("http://127.0.0.1:1/x");

        CliRun feed = CliRun.of("--config", config, "import", "--feed", missing);
        assertThat(feed.exitCode()).isEqualTo(1);
        assertThat(feed.err()).isEqualTo("feedrafter: HTTP 404 Not Found from " + missing + "\n");
    }

    @Test
    void importingAnImportedPageAgainWithMatchSaysItIsAlreadyThere() {
        String honeybee = site.baseUrl() + ResearchNewsSite.HONEYBEE;
        assertThat(CliRun.of("--config", config, "import", honeybee).out()).startsWith("draft 1: ");
        CliRun again = CliRun.of("--config", config, "import", "--match", honeybee);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("already imported as draft 1: " + honeybee + "\n");
    }

    @Test
    void editorNamesMustBeConfiguredEditorsWhenThereAreAny() throws Exception {
        CliRun.of("--config", config, "import", site.baseUrl() + ResearchNewsSite.KETAMINE);
        assertThat(CliRun.of("--config", config, "drafts", "pick", "1", "--editor", "anyone").out())
                .as("no web.editors: any name").contains("picked by anyone");
        String hash = "$2a$04$" + "a".repeat(53);
        Files.writeString(Path.of(config), Files.readString(Path.of(config)) + "web:\n  editors:\n"
                + "    - {name: alex, password_hash: \"" + hash + "\"}\n    - {name: sam, password_hash: \"" + hash
                + "\"}\n", StandardCharsets.UTF_8);
        CliRun stranger = CliRun.of("--config", config, "drafts", "pick", "1", "--editor", "bob");
        assertThat(stranger.exitCode()).isEqualTo(2);
        assertThat(stranger.err()).isEqualTo("feedrafter: unknown editor \"bob\": web.editors in feeds.yml lists "
                + "alex, sam\n");
        Path body = dir.resolve("body.md");
        Files.writeString(body, "Our words.\n");
        assertThat(CliRun.of("--config", config, "drafts", "edit", "1", "--file", body.toString(), "--editor", "bob")
                .exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--config", config, "drafts", "pick", "1", "--editor", "Sam").out())
                .isEqualTo("draft 1 picked by sam\n");
    }
}
