package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsConfigTest {
    @TempDir
    Path dir;

    private List<String> problems(String drafts) {
        try {
            new ConfigLoader().parse("feeds.yml", "clinic: {name: C}\ndrafts:\n" + drafts, dir);
        } catch (ConfigException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in:\n" + drafts);
    }

    @Test
    void everyKeyIsOptional() {
        DraftsConfig d = new ConfigLoader().parse("feeds.yml", "clinic: {name: C}\n", dir).drafts();
        assertThat(d).isEqualTo(DraftsConfig.defaults(dir.resolve("drafts")));
        assertThat(d.quoteMaxWords()).isEqualTo(60);
        assertThat(d.overlapThreshold()).isEqualTo(0.35);
        assertThat(d.crossref()).isEqualTo(new CrossrefConfig(true, URI.create("https://api.crossref.org"), null,
                Duration.ofSeconds(5)));
    }

    @Test
    void readsTemplatesRelativeToTheFileAndTheOtherSettings() throws Exception {
        Files.writeString(dir.resolve("post.md.mustache"), "\uFEFF# {{title}}\n");
        Files.writeString(dir.resolve("page.html.mustache"), "{{{body_html}}}");
        DraftsConfig d = new ConfigLoader().parse("feeds.yml", """
                clinic: {name: C}
                drafts:
                  template: post.md.mustache
                  html_template: page.html.mustache
                  quote_max_words: 40
                  overlap_threshold: 0.2
                  crossref:
                    base_url: https://crossref.example.test/api
                    mailto: editor@example-clinic.test
                    timeout: 5s
                """, dir).drafts();
        assertThat(d.template()).isEqualTo(new DraftsConfig.TemplateFile(dir.resolve("post.md.mustache"), "# {{title}}\n"));
        assertThat(d.htmlTemplate().text()).isEqualTo("{{{body_html}}}");
        assertThat(d.quoteMaxWords()).isEqualTo(40);
        assertThat(d.overlapThreshold()).isEqualTo(0.2);
        assertThat(d.crossref()).isEqualTo(new CrossrefConfig(true, URI.create("https://crossref.example.test/api"),
                "editor@example-clinic.test", Duration.ofSeconds(5)));
    }

    @Test
    void reportsEachMistakeAtItsLine() throws Exception {
        Files.write(dir.resolve("latin1.mustache"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThat(problems("""
                  template: missing.mustache
                  html_template: latin1.mustache
                  overlap_threshold: 35
                  crossref:
                    mailto: not an address
                    timout: 5s
                """)).containsExactly(
                "feeds.yml:3:13: drafts.template: template file not found: " + dir.resolve("missing.mustache"),
                "feeds.yml:4:18: drafts.html_template: template " + dir.resolve("latin1.mustache")
                        + " is not UTF-8 text; save it as UTF-8",
                "feeds.yml:5:22: drafts.overlap_threshold: must be between 0.0 and 1.0, found 35",
                "feeds.yml:7:13: drafts.crossref.mailto: expected an e-mail address, found \"not an address\"",
                "feeds.yml:8:5: drafts.crossref.timout: unknown key (did you mean \"timeout\"?)");
    }
}
