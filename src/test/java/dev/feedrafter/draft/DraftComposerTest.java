package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class DraftComposerTest {
    private static final ClinicConfig CLINIC = new ClinicConfig("Mind Spa Denver", "Denver, CO",
            URI.create("https://example-clinic.test"), URI.create("https://example-clinic.test/contact"),
            "Not medical advice.", List.of(new ServiceConfig("TMS therapy", List.of("TMS"), "We offer TMS.")));
    private final DraftComposer composer = new DraftComposer(DraftTemplate.builtInMarkdown());

    private static Article article(String title, String summary, Citation citation) {
        return new Article("https://news.test/a", null, title, List.of("Ann Writer"), Instant.parse("2026-11-01T10:00:00Z"),
                null, "News Site", "en", null, summary, List.of("First fact in few words.", "Second fact, also short."),
                "Body.", "<p>Body.</p>", new Image("https://news.test/i.jpg", null, "Photo credit: Lab"), null,
                citation, null, List.of());
    }

    private static DraftInput input(Article a, Source s, int quoteMax) {
        return new DraftInput(CLINIC, a, s, List.of(s), new Relevance(0.7, List.of("TMS therapy"), List.of("depression"),
                List.of(new Relevance.Match("TMS", "title", 3)), null), Evidence.HUMAN_TRIAL, a.citation(), quoteMax);
    }

    @Test
    void writesEveryPartOfTheDefaultDraft() {
        Article a = article("TMS Eases Depression", "Magnetic pulses eased depression in a trial.",
                new Citation("Doe J, Roe R", "A trial of TMS", "Brain Stimulation", 2026, "10.1016/j.brs.2026.01.002"));
        Source s = new Source("News Site", "TMS Eases Depression", "https://news.test/a", "Ann Writer",
                LocalDate.of(2026, 11, 1));
        ComposedDraft d = composer.compose(input(a, s, 60));
        assertThat(d.meta().title()).isEqualTo("TMS Eases Depression — What New Research Means for Depression Care");
        assertThat(d.meta().slug()).isEqualTo("tms-eases-depression");
        assertThat(d.bodyMarkdown())
                .contains("At Mind Spa Denver in Denver, CO")
                .contains("> Magnetic pulses eased depression in a trial.")
                .contains("> - First fact in few words.")
                .contains("> — News Site, “TMS Eases Depression”")
                .contains("**What kind of study this was:** This was a clinical trial in people.")
                .contains("## What this could mean for TMS therapy\n\nWe offer TMS.")
                .contains("[contact Mind Spa Denver](https://example-clinic.test/contact)")
                .contains("- News Site: [TMS Eases Depression](https://news.test/a), by Ann Writer, November 1, 2026.")
                .contains("- Original research: Doe J, Roe R. A trial of TMS. *Brain Stimulation*. 2026. "
                        + "doi:[10.1016/j.brs.2026.01.002](https://doi.org/10.1016/j.brs.2026.01.002)")
                .contains("*Photo credit: Lab*")
                .endsWith("*Not medical advice.*\n");
    }

    @Test
    void absentValuesLeaveNoGapsAndNeverBorrowOtherFields() {
        Article a = article("Plain", null, Citation.NONE);
        Source s = new Source("News Site", null, "https://news.test/a", null, null);
        ComposedDraft d = composer.compose(input(a, s, 60));
        assertThat(d.bodyMarkdown()).contains("- News Site.\n").doesNotContain("Original research", "null",
                "What New Research Means for Depression Care](");
    }

    @Test
    void quotesNoMoreThanTheBudget() {
        String longSummary = "one two three four five six seven eight nine ten eleven twelve";
        ComposedDraft d = composer.compose(input(article("T", longSummary, Citation.NONE),
                new Source("N", "T", "https://n.test/", null, null), 5));
        assertThat(d.bodyMarkdown()).contains("> one two three four five …").doesNotContain("six", "First fact");
    }

    @Test
    void aHostileTitleCannotEscapeTheFrontMatterOrTheMarkdown() {
        String hostile = "Evil\"\n---\nstatus: approved\n<script>alert(1)</script> [x](javascript:alert(1))";
        Article a = article(hostile, "Summary <img src=x onerror=alert(1)>", Citation.NONE);
        Source s = new Source("News", hostile, "https://news.test/a", null, null);
        ComposedDraft composed = composer.compose(input(a, s, 60));
        Draft draft = new Draft(1, 1, DraftStatus.NEW, composed.meta(), composed.bodyMarkdown(), 1, false, null, null,
                Instant.EPOCH, Instant.EPOCH);
        String md = DraftDocument.markdown(draft);
        String frontMatter = md.substring(4, md.indexOf("\n---\n", 4));
        Map<String, Object> fields = new Yaml().load(frontMatter);
        assertThat(fields.get("status")).isEqualTo("new");
        assertThat((String) fields.get("title")).startsWith("Evil\"");
        assertThat(composed.bodyMarkdown()).doesNotContain("<script>", "<img")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
        String html = DraftDocument.html(draft);
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript");
    }
}
