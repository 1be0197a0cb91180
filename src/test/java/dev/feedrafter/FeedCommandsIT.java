package dev.feedrafter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.JarRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feeds import-opml} and {@code parse} from the shaded jar, where ROME finds its OPML parsers and
 * Media RSS module only through the merged {@code rome.properties}.
 */
class FeedCommandsIT {
    @TempDir
    Path dir;

    private JarRun run(String... args) {
        return JarRun.of(dir, args);
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Fixtures.text("feeds/" + name));
        return file;
    }

    @Test
    void importsOpmlFromTheFatJar() throws Exception {
        JarRun run = run("feeds", "import-opml", fixture("subscriptions.opml").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("  - name: \"Neuroscience News\"\n    url: \"https://neurosciencenews.com/feed/\"\n"
                + "    tags: [\"Research\",\"Neuroscience\"]\n", "ScienceDaily — Mind & Brain");
        assertThat(run.err()).doesNotContain("Exception", "Invalid document");

        JarRun broken = run("feeds", "import-opml", fixture("broken.opml").toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.opml:1: not well-formed XML").doesNotContain("\tat ");
    }

    @Test
    void parsePrintsOneJsonLinePerFeed() throws Exception {
        JarRun run = run("parse", fixture("medicalxpress-psychology.xml").toString(), fixture("news-page.html").toString());
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
