package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of("WP_PASSWORD", "s3cret", "FEED_HOST",
            "feeds.example.test")::get);

    private List<Problem> problems(String yaml) {
        try {
            loader.parse("feeds.yml", yaml, dir);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, Fixtures.text("config/two-mistakes.yml"));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problems()).hasSize(2);
            assertThat(e.problems().get(0).toString())
                    .startsWith(file + ":5:3: defaults.evry: unknown key (did you mean \"every\"?)");
            assertThat(e.problems().get(1).toString()).startsWith(file + ":7:")
                    .contains("feeds[0].url", "htps//neurosciencenews.com/feed/");
        });
    }

    @Test
    void readsAFullConfigurationWithDefaults() {
        FeedrafterConfig c = loader.parse("feeds.yml", """
                clinic:
                  name: Mind Spa Denver
                  contact_url: https://example-clinic.test/contact
                  services:
                    - name: Ketamine infusion therapy
                      keywords: [ketamine, esketamine]
                      pitch: We offer ketamine.
                topics:
                  include: [depression]
                feeds:
                  - name: Neuroscience News
                    url: https://neurosciencenews.com/feed/
                  - name: ScienceDaily
                    url: https://${FEED_HOST}/rss/mind_brain.xml
                    every: 2h
                    fetch_article: false
                  - name: Journal
                    url: https://journal.example.test/rss
                    cron: "0 0 6 * * ?"
                """, dir);
        assertThat(c.clinic().name()).isEqualTo("Mind Spa Denver");
        assertThat(c.clinic().services().get(0).keywords()).containsExactly("ketamine", "esketamine");
        List<FeedSource> feeds = c.feeds();
        assertThat(feeds).extracting(FeedSource::name).containsExactly("Neuroscience News", "ScienceDaily", "Journal");
        assertThat(feeds.get(0).schedule().every()).isEqualTo(Duration.ofMinutes(30));
        assertThat(feeds.get(0).fetchArticle()).isTrue();
        assertThat(feeds.get(0).maxAgeDays()).isEqualTo(14);
        assertThat(feeds.get(1).url().toString()).isEqualTo("https://feeds.example.test/rss/mind_brain.xml");
        assertThat(feeds.get(1).schedule().every()).isEqualTo(Duration.ofHours(2));
        assertThat(feeds.get(1).fetchArticle()).isFalse();
        assertThat(feeds.get(2).schedule().cron()).isEqualTo("0 0 6 * * ?");
        assertThat(c.drafts().dir()).isEqualTo(dir.resolve("drafts"));
        assertThat(c.drafts().quoteMaxWords()).isEqualTo(60);
        assertThat(c.store().url()).isEqualTo("jdbc:h2:file:" + dir.resolve("data/feedrafter"));
        assertThat(c.fetch().allowPrivateAddresses()).isFalse();
        assertThat(c.fetch().userAgent()).startsWith("Feedrafter/").endsWith("(+https://example-clinic.test/contact)");
        assertThat(c.web().port()).isEqualTo(8080);
        assertThat(c.clinic().disclaimer()).contains("not medical advice");
    }

    @Test
    void substitutesEnvironmentVariablesAndReportsMissingOnes() {
        FeedrafterConfig c = loader.parse("feeds.yml", """
                clinic: {name: X}
                store:
                  url: jdbc:postgresql://db.test/feedrafter
                  password: ${WP_PASSWORD}
                """, dir);
        assertThat(c.store().password()).isEqualTo("s3cret");
        assertThat(c.store().toString()).doesNotContain("s3cret");
        assertThat(problems("clinic: {name: X}\nstore:\n  password: ${NOT_SET_ANYWHERE}\n"))
                .singleElement().hasToString("feeds.yml:3:13: store.password: environment variable NOT_SET_ANYWHERE is not set");
    }

    @Test
    void aFeedWrittenAsABareUrlIsOneProblem() {
        assertThat(problems("clinic: {name: X}\nfeeds:\n  - https://b.test/feed\n"))
                .extracting(Problem::toString).containsExactly(
                        "feeds.yml:3:5: feeds[0]: expected a mapping of keys to values, found a single value "
                                + "(write name: and url: on lines of their own)");
    }

    @Test
    void reportsWrongTypesMissingFieldsAndDuplicates() {
        List<Problem> found = problems("""
                clinic:
                  city: Denver
                defaults:
                  max_age_days: soon
                  fetch_article: maybe
                feeds:
                  - name: A
                    url: https://a.test/feed
                  - name: a
                    url: https://b.test/feed
                  - url: https://c.test/feed
                  - name: D
                    url: ftp://d.test/feed
                    every: often
                drafts:
                  format: docx
                """);
        assertThat(found).extracting(Problem::toString).containsExactly(
                "feeds.yml:2:3: clinic.name: required, but missing or empty",
                "feeds.yml:4:17: defaults.max_age_days: expected a whole number, found \"soon\"",
                "feeds.yml:5:18: defaults.fetch_article: expected true or false, found \"maybe\"",
                "feeds.yml:9:11: feeds[1].name: duplicate feed name \"a\" (first used on line 7)",
                "feeds.yml:11:5: feeds[2].name: required, but missing or empty",
                "feeds.yml:13:10: feeds[3].url: expected an absolute http:// or https:// URL, found \"ftp://d.test/feed\"",
                "feeds.yml:14:12: feeds[3].every: expected a duration like 30m, 2h or 1d, found \"often\"",
                "feeds.yml:16:11: drafts.format: expected markdown or html, found \"docx\"");
    }

    @Test
    void compilesMatchingRulesAtLoadAndReportsBadOnes() {
        assertThat(problems("""
                clinic:
                  name: X
                  services:
                    - name: Ketamine
                      keywords: [ketamine, "/[unclosed/"]
                topics:
                  include: [depression, "author:"]
                  min_relevance: 2
                """)).extracting(Problem::toString).containsExactly(
                "feeds.yml:5:28: clinic.services[0].keywords[1]: not a valid regular expression: Unclosed character class",
                "feeds.yml:7:25: topics.include[1]: \"author:\" names a field but nothing to look for",
                "feeds.yml:8:18: topics.min_relevance: must be between 0.0 and 1.0, found 2");
        FeedrafterConfig c = loader.parse("feeds.yml", "clinic: {name: X}\ntopics:\n  include: [\"title:TMS\"]\n"
                + "  min_relevance: 0.3\n", dir);
        assertThat(c.topics().minRelevance()).isEqualTo(0.3);
        assertThat(c.topics().include()).containsExactly("title:TMS");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        assertThat(problems("clinic:\n  name: [unclosed\nfeeds: []\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isGreaterThan(1))
                .satisfies(p -> assertThat(p.toString()).contains("not valid YAML"));
    }

    @Test
    void aYamlSyntaxErrorSaysWhereAndWhatInPlainWords() {
        assertThat(problems("clinic:\n  name: X\nfeeds:\n  - name: A\n    url: [https://a.example/feed\n"
                + "  - name: B\n")).singleElement().hasToString(
                "feeds.yml:6:9: not valid YAML: the [list] that starts on line 5 is not closed with ']'");
        assertThat(problems("clinic:\n  name: X\n feeds:\n  - name: A\n")).singleElement().hasToString(
                "feeds.yml:3:2: not valid YAML: this line's indentation does not match the lines above it");
        assertThat(problems("clinic:\n  name: \"X\nfeeds: []\n")).singleElement().hasToString(
                "feeds.yml:4:1: not valid YAML: the quoted value that starts on line 2 has no closing quote");
        assertThat(problems("clinic:\n\tname: X\n")).singleElement().hasToString(
                "feeds.yml:2:1: not valid YAML: a tab character; indent with spaces");
        assertThat(problems("clinic:\n  name: Mind Spa: Denver\n")).singleElement().hasToString(
                "feeds.yml:2:17: not valid YAML: a \": \" where no key can start; put quotes around a value that "
                        + "contains \": \"");
    }

    @Test
    void aMissingFileIsOneClearProblem() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("nope.yml: file not found");
    }

    @Test
    void rejectsAClusterOnH2AndABadCron() {
        assertThat(problems("clinic: {name: X}\nstore:\n  cluster: true\nfeeds:\n  - name: A\n    url: https://a.test/\n"
                + "    cron: every day\n")).extracting(Problem::toString).containsExactly(
                "feeds.yml:3:12: store.cluster: a cluster needs a shared PostgreSQL store (store.url: jdbc:postgresql://…)",
                "feeds.yml:7:11: feeds[0].cron: not a valid Quartz cron expression: \"every day\" (six or seven fields, "
                        + "e.g. \"0 0/30 * * * ?\")");
    }
}
