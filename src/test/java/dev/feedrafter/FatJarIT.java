package dev.feedrafter;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.JarRun;
import dev.feedrafter.testing.ResearchNewsSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user would, with {@code java -jar}, in the C locale. */
class FatJarIT {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private JarRun run(String... args) {
        return JarRun.of(dir, args);
    }

    @Test
    void answersHelpAndVersion() throws Exception {
        JarRun help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: feedrafter", "poll", "import", "drafts", "config");
        JarRun version = run("--version");
        assertThat(version.out()).startsWith("Feedrafter ");
    }

    @Test
    void pollsAFixtureSiteAndPrintsAttributedDraftsInUtf8() throws Exception {
        ResearchNewsSite.serve(site);
        Path config = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        JarRun poll = run("--config", config.toString(), "poll");
        assertThat(poll.code()).as(poll.err()).isZero();
        assertThat(poll.err()).doesNotContain("Exception");

        JarRun list = run("--config", config.toString(), "drafts", "list", "--json");
        JsonNode drafts = new ObjectMapper().readTree(list.out());
        assertThat(drafts).hasSize(2);
        JsonNode ketamine = null;
        for (JsonNode d : drafts) {
            if (d.get("services").toString().contains("Ketamine")) {
                ketamine = d;
            }
        }
        assertThat(ketamine).isNotNull();
        JsonNode source = ketamine.get("sources").get(0);
        assertThat(source.get("name").asText()).isEqualTo("Neuroscience News");
        assertThat(source.get("title").asText()).isEqualTo("Ketamine Steadies the Star-Shaped Cells That Keep the Brain Trying");
        assertThat(source.get("url").asText()).isEqualTo(site.baseUrl() + ResearchNewsSite.KETAMINE);
        assertThat(source.get("author").asText()).isEqualTo("Neuroscience News");
        assertThat(source.get("published").asText()).isEqualTo("2026-11-20");
        JsonNode research = ketamine.get("research");
        assertThat(research.get("authors").asText()).isEqualTo("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.");
        assertThat(research.get("journal").asText()).isEqualTo("Cell Reports");
        assertThat(research.get("doi").asText()).isEqualTo("10.1016/j.celrep.2026.114872");
        assertThat(ketamine.get("image").get("url").asText()).endsWith("/files/2026/11/ketamine-astrocytes-neurosicence.jpg");

        JarRun show = run("--config", config.toString(), "drafts", "show", ketamine.get("id").asText());
        assertThat(show.out()).contains("“giving up”", "Álvarez-Núñez").doesNotContain("â€", "Ã", "?giving up?");
    }

    @Test
    void aConfigurationMistakeExitsTwoWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("feeds.yml"), Fixtures.text("config/two-mistakes.yml"));
        JarRun check = run("config", "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("feeds.yml:5:3: defaults.evry: unknown key", "feeds.yml:7:10: feeds[0].url")
                .doesNotContain("\tat ", "Exception");
    }
}
