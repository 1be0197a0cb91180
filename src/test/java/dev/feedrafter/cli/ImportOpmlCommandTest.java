package dev.feedrafter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOpmlCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsFeedsYmlEntriesThatTheConfigurationAccepts() throws Exception {
        Path opml = dir.resolve("subscriptions.opml");
        Files.writeString(opml, Fixtures.text("feeds/subscriptions.opml"));
        CliRun run = CliRun.of("feeds", "import-opml", opml.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# 6 feeds from subscriptions.opml; paste under \"feeds:\"\nfeeds:\n")
                .contains("  - name: \"ScienceDaily — Mind & Brain\"\n"
                        + "    url: \"https://www.sciencedaily.com/rss/mind_brain.xml\"\n    tags: [\"Research\"]\n");
        assertThat(run.err()).contains(opml + ": skipped outline \"A bookmark, not a feed\": it has no xmlUrl");

        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "clinic:\n  name: Test Clinic\n" + run.out());
        FeedrafterConfig loaded = new ConfigLoader().load(config);
        assertThat(loaded.feeds()).hasSize(6);
        FeedSource biorxiv = loaded.feeds().get(1);
        assertThat(biorxiv.name()).isEqualTo("bioRxiv Neuroscience");
        assertThat(biorxiv.tags()).containsExactly("Research", "Neuroscience", "Preprints");
    }

    @Test
    void aBrokenOrMissingFileIsAUsageError() throws Exception {
        Path broken = dir.resolve("broken.opml");
        Files.writeString(broken, Fixtures.text("feeds/broken.opml"));
        CliRun run = CliRun.of("feeds", "import-opml", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("feedrafter: " + broken + ":1: not well-formed XML: ")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();

        CliRun missing = CliRun.of("feeds", "import-opml", dir.resolve("nope.opml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.opml: no such file");
    }
}
