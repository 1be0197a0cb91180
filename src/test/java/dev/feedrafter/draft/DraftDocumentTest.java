package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** A hostile title or body cannot escape the front matter, the Markdown or the HTML page. */
class DraftDocumentTest {
    private static final String HOSTILE = "Evil\"\n---\nstatus: approved\n</title><script>alert(1)</script>"
            + " [x](javascript:alert(1)) </script><!--";

    private static Draft hostileDraft() {
        Article a = new Article("https://news.test/a", null, HOSTILE, List.of(HOSTILE), null, null, "News", "en",
                null, "Summary <img src=x onerror=alert(1)>", List.of(HOSTILE), "Body", "", new Image(
                "javascript:alert(1)", HOSTILE, HOSTILE), HOSTILE, new Citation(HOSTILE, HOSTILE, HOSTILE, 2026,
                "10.1/\"><script>"), null, List.of());
        Source s = new Source(HOSTILE, HOSTILE, "https://news.test/a", HOSTILE, null);
        ClinicConfig clinic = new ClinicConfig("Clinic", null, null, null, "Not advice.", List.of());
        DraftInput in = new DraftInput(clinic, a, s, List.of(s), new Relevance(0, List.of(), List.of(), List.of(),
                null), Evidence.UNKNOWN, a.citation(), 60);
        ComposedDraft composed = new DraftComposer(DraftTemplate.builtIn(DraftTemplate.Kind.BODY),
                DraftReviewer.withDefaults()).compose(in);
        return new Draft(1, 1, DraftStatus.NEW, composed.meta(), composed.bodyMarkdown(), 1, false, null, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aHostileTitleStaysInsideItsFrontMatterField() {
        Draft draft = hostileDraft();
        assertThat(draft.meta().title()).startsWith("New Research: Evil\"");
        String md = DraftDocument.markdown(draft);
        String frontMatter = md.substring(4, md.indexOf("\n---\n", 4));
        Map<String, Object> fields = new Yaml().load(frontMatter);
        assertThat(fields.get("status")).isEqualTo("new");
        assertThat((String) fields.get("title")).isEqualTo(draft.meta().title());
        assertThat(md.substring(md.indexOf("\n---\n", 4) + 5)).doesNotContain("<script>", "<img", "<!--")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
    }

    @Test
    void aHostileTitleCannotEscapeTheHtmlPage() {
        String html = DraftDocument.builtIn().html(hostileDraft());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).singleElement()
                .satisfies(script -> assertThat(script.attr("type")).isEqualTo("application/json"));
        assertThat(doc.title()).startsWith("New Research: Evil\"");
        assertThat(doc.select("[onerror], [onclick], img[src^=javascript], a[href^=javascript]")).isEmpty();
        assertThat(doc.select("meta[name=feedrafter:status]").attr("content")).isEqualTo("new");
        assertThat(html).doesNotContain("<script>alert", "<!--", "</title><script>");
        String json = doc.getElementById("feedrafter-front-matter").data();
        assertThat(json).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
    }

    @Test
    void anEditedBodyIsExportedWithoutScriptsOrUnsafeLinks() {
        String edited = "# Ours\n\nText with <sup>2</sup> and <span onclick=\"x()\">a span</span>.\n\n"
                + "<script>steal()</script>\n\n[click](javascript:alert(1)) [ok](https://ok.test/) "
                + "<javascript:alert(2)>\n\n[ref]: JAVASCRIPT:alert(3)\n\n![img](data:image/svg+xml,evil)\n";
        String safe = SafeMarkdown.clean(edited);
        assertThat(safe).contains("<sup>2</sup>", "&lt;span onclick", "&lt;script>steal()&lt;/script>",
                "[click](#)", "[ok](https://ok.test/)", "&lt;javascript:alert(2)>", "[ref]: #", "![img](#)")
                .doesNotContain("javascript:alert(1)", "JAVASCRIPT:", "data:image");
        assertThat(SafeMarkdown.clean("Plain **Markdown** with [a link](https://x.test/a_(b)).\n"))
                .isEqualTo("Plain **Markdown** with [a link](https://x.test/a_(b)).\n");
        String html = DraftDocument.bodyHtml(edited);
        assertThat(Jsoup.parse(html).select("script, [onclick], a[href^=javascript], img[src^=data]")).isEmpty();
        assertThat(html).contains("<sup>2</sup>", "href=\"https://ok.test/\"");
    }
}
