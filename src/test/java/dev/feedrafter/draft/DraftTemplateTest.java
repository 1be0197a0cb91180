package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedrafter.config.ConfigException;
import dev.feedrafter.config.DraftsConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DraftTemplateTest {
    private static DraftTemplate body(String text) {
        return DraftTemplate.of(DraftTemplate.Kind.BODY, new DraftsConfig.TemplateFile(Path.of("/etc/feedrafter/my.md"),
                text));
    }

    @Test
    void aSyntaxErrorIsAConfigurationProblemNamingFileAndLine() {
        assertThatThrownBy(() -> body("# {{title}}\n\n{{#sources}}\n- {{name}}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("/etc/feedrafter/my.md:3: drafts.template: broken template: Failed to close 'sources' tag");
        assertThatThrownBy(() -> body("line one\nline {{title\n"))
                .hasMessage("/etc/feedrafter/my.md:2: drafts.template: broken template: Improperly closed variable");
    }

    @Test
    void anUnknownFieldIsReportedWithItsLineAndTheLikelyName() {
        assertThatThrownBy(() -> body("# {{titel}}\n{{#sources}}{{nmae}}{{/sources}}\n{{clinic.adress}}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(
                                "/etc/feedrafter/my.md:1: drafts.template: unknown field \"titel\" (did you mean \"title\"?)",
                                "/etc/feedrafter/my.md:2: drafts.template: unknown field \"nmae\" (did you mean \"name\"?)",
                                "/etc/feedrafter/my.md:3: drafts.template: unknown field \"clinic.adress\" "
                                        + "(README.md lists the fields)"));
    }

    @Test
    void partialsAreRefusedRatherThanReadFromDisk() {
        assertThatThrownBy(() -> body("ok\n{{> /etc/passwd}}\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("my.md:2: drafts.template: broken template: partials ({{> /etc/passwd}}) are not "
                        + "supported");
    }

    @Test
    void bodyValuesAreEscapedForMarkdownAndPageValuesForHtml() {
        Map<String, Object> values = Map.of("title", "<b>[x](javascript:alert(1))</b>");
        assertThat(body("{{title}}").render(values)).isEqualTo("&lt;b&gt;\\[x\\](javascript:alert(1))&lt;/b&gt;\n");
        DraftTemplate page = DraftTemplate.of(DraftTemplate.Kind.PAGE, new DraftsConfig.TemplateFile(Path.of("p.html"),
                "<h1 title=\"{{title}}\">{{title}}</h1>"));
        assertThat(page.render(Map.of("title", "\"><script>x</script>")))
                .doesNotContain("<script>", "\"><").contains("&lt;script&gt;");
    }

    @Test
    void theReadmeDocumentsEveryTemplateField() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Template fields"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(section);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> all = new TreeSet<>(TemplateFields.of(DraftTemplate.Kind.BODY));
        all.addAll(TemplateFields.of(DraftTemplate.Kind.PAGE));
        assertThat(documented).containsAll(all);
    }
}
