package dev.feedrafter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedrafter.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feeds import-opml} and {@code parse} from the shaded jar, where ROME finds its OPML parsers and
 * Media RSS module only through the merged {@code rome.properties}.
 */
class FeedCommandsIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("feedrafter.jar", "target/feedrafter.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("FEEDRAFTER_CONFIG");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Fixtures.text("feeds/" + name));
        return file;
    }

    @Test
    void importsOpmlFromTheFatJar() throws Exception {
        Run run = run("feeds", "import-opml", fixture("subscriptions.opml").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("  - name: \"Neuroscience News\"\n    url: \"https://neurosciencenews.com/feed/\"\n"
                + "    tags: [\"Research\",\"Neuroscience\"]\n", "ScienceDaily — Mind & Brain");
        assertThat(run.err()).doesNotContain("Exception", "Invalid document");

        Run broken = run("feeds", "import-opml", fixture("broken.opml").toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.opml:1: not well-formed XML").doesNotContain("\tat ");
    }

    @Test
    void parsePrintsOneJsonLinePerFeed() throws Exception {
        Run run = run("parse", fixture("medicalxpress-psychology.xml").toString(), fixture("news-page.html").toString());
        assertThat(run.code()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode feed = new ObjectMapper().readTree(lines[0]);
        assertThat(feed.get("format").asText()).isEqualTo("rss_2.0");
        JsonNode entry = feed.get("entries").get(0);
        assertThat(entry.get("published").asText()).isEqualTo("2026-10-19T13:40:01Z");
        assertThat(entry.get("image").asText()).isEqualTo("https://scx1.b-cdn.net/csz/news/tmb/2026/breathing-exercise.jpg");
        JsonNode error = new ObjectMapper().readTree(lines[1]);
        assertThat(error.get("error").asText()).contains("root element <html> is not RSS or Atom");
    }
}
