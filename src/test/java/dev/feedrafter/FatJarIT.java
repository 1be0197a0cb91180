package dev.feedrafter;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.ResearchNewsSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user would, with {@code java -jar}, in the C locale. */
class FatJarIT {
    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("feedrafter.jar", "target/feedrafter.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("FEEDRAFTER_CONFIG");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void answersHelpAndVersion() throws Exception {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: feedrafter", "poll", "import", "drafts", "config");
        Run version = run("--version");
        assertThat(version.out()).startsWith("Feedrafter ");
    }

    @Test
    void pollsAFixtureSiteAndPrintsAttributedDraftsInUtf8() throws Exception {
        ResearchNewsSite.serve(site);
        Path config = Fixtures.config("config/clinic.yml", site.baseUrl(), dir);
        Run poll = run("--config", config.toString(), "poll");
        assertThat(poll.code()).as(poll.err()).isZero();
        assertThat(poll.err()).doesNotContain("Exception");

        Run list = run("--config", config.toString(), "drafts", "list", "--json");
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

        Run show = run("--config", config.toString(), "drafts", "show", ketamine.get("id").asText());
        assertThat(show.out()).contains("“giving up”", "Álvarez-Núñez").doesNotContain("â€", "Ã", "?giving up?");
    }

    @Test
    void aConfigurationMistakeExitsTwoWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("feeds.yml"), Fixtures.text("config/two-mistakes.yml"));
        Run check = run("config", "check");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("feeds.yml:5:3: defaults.evry: unknown key", "feeds.yml:7:10: feeds[0].url")
                .doesNotContain("\tat ", "Exception");
    }
}
