package dev.feedrafter.web;

import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.model.SourceChange;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The draft page: the editor and its rendered preview beside the source panel (outlets with links, research
 * citation, relevance explanation, safety flags, quote overlap, source changes), and the workflow actions the
 * draft's status allows. Shown by {@link DraftPageHandler}, and again by an action that could not be done.
 */
final class DraftPage {
    /** What the editor asked for on this visit: a message after an action, or a problem with their text kept. */
    record Notice(String message, String problem, String editorText, Integer conflictVersion) {
        static final Notice NONE = new Notice(null, null, null, null);

        static Notice message(String message) {
            return new Notice(message, null, null, null);
        }

        static Notice problem(String problem) {
            return new Notice(null, problem, null, null);
        }
    }

    private DraftPage() {}

    static void render(Context ctx, WebApp app, Draft d, Notice notice, int status) {
        Map<String, Object> model = Views.page(ctx, d.meta().title(), "inbox");
        String body = notice.editorText() != null ? notice.editorText() : d.bodyMarkdown();
        model.put("id", d.id());
        model.put("title", d.meta().title());
        model.put("status", d.status().label());
        model.put("status_label", Labels.status(d));
        model.put("version", notice.conflictVersion() != null ? notice.conflictVersion() : d.version());
        model.put("saved_version", d.version());
        model.put("next_version", d.version() + 1);
        model.put("slug", d.meta().slug());
        model.put("created", Labels.dayTime(d.createdAt()));
        model.put("updated", Labels.dayTime(d.updatedAt()));
        model.put("reject_reason", d.rejectReason());
        model.put("body_markdown", body);
        model.put("preview_html", DraftDocument.bodyHtml(body));
        model.put("message", notice.message());
        model.put("problem", notice.problem());
        model.put("conflict", notice.conflictVersion() != null);
        model.put("saved_body", d.bodyMarkdown());
        workflow(model, d, Access.required(ctx).editor());
        // a refused save keeps the editor's text on screen, even when the draft was rejected meanwhile
        model.put("can_edit", d.status() != DraftStatus.REJECTED || notice.editorText() != null);
        sources(model, d);
        review(model, d, app.config().drafts().overlapThreshold());
        ctx.status(status);
        app.views().render(ctx, "draft", model);
    }

    private static void workflow(Map<String, Object> model, Draft d, String me) {
        model.put("can_pick", d.status().canMoveTo(DraftStatus.PICKED) && !(d.status() == DraftStatus.PICKED
                && me.equalsIgnoreCase(d.editor() == null ? "" : d.editor())));
        model.put("can_approve", d.status().canMoveTo(DraftStatus.APPROVED));
        model.put("can_reject", d.status().canMoveTo(DraftStatus.REJECTED));
        model.put("can_export", d.status() == DraftStatus.APPROVED);
    }

    private static void sources(Map<String, Object> model, Draft d) {
        model.put("sources", d.meta().sources().stream().map(DraftPage::source).toList());
        Citation c = d.meta().research();
        if (c != null && !c.isEmpty()) {
            Map<String, Object> research = new LinkedHashMap<>();
            research.put("authors", sentence(c.authors()));
            research.put("title", sentence(c.title()));
            research.put("journal", blankToNull(c.journal()));
            research.put("journal_stop", c.journal() == null || endsWithStop(c.journal().strip()) ? "" : ".");
            research.put("year", c.year());
            research.put("doi", c.doi());
            research.put("doi_url", c.doi() == null ? null : "https://doi.org/" + c.doi());
            model.put("research", research);
        }
        model.put("source_changes", d.meta().sourceChanges().stream().map(DraftPage::change).toList());
        model.put("has_source_changes", !d.meta().sourceChanges().isEmpty());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A citation part as a sentence: "Duque M, et al." and "Why?" keep their own stop instead of getting "..". */
    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return endsWithStop(t) ? t : t + ".";
    }

    private static boolean endsWithStop(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title() == null ? s.url() : s.title());
        m.put("url", Labels.isWebUrl(s.url()) ? s.url() : null);
        m.put("author", s.author() == null || s.author().equalsIgnoreCase(s.name()) ? null : s.author());
        m.put("published", s.published() == null ? null : s.published().toString());
        return m;
    }

    private static Map<String, Object> change(SourceChange c) {
        Map<String, Object> m = source(c.source());
        m.put("change", c.change() == SourceChange.Change.ADDED ? "New source" : "Source updated");
        m.put("at", Labels.dayTime(c.at()));
        return m;
    }

    private static void review(Map<String, Object> model, Draft d, double threshold) {
        model.put("relevance", Labels.relevance(d.meta().relevance()));
        model.put("services", String.join(", ", d.meta().services()));
        model.put("topics", String.join(", ", d.meta().topics()));
        model.put("explained", d.meta().relevanceExplained().stream().map(DraftPage::match).toList());
        model.put("evidence", d.meta().evidence().label());
        model.put("evidence_label", Labels.evidence(d.meta().evidence()));
        model.put("evidence_note", Labels.evidenceNote(d.meta().evidence()));
        List<Map<String, Object>> flags = d.meta().review().flags().stream().map(DraftPage::flag).toList();
        model.put("flags", flags);
        model.put("has_flags", !flags.isEmpty());
        model.put("quoted_words", d.meta().review().quotedWords());
        Double overlap = d.meta().review().quoteOverlap();
        model.put("overlap", overlap == null ? null : Math.round(overlap * 100) + "%");
        model.put("overlap_high", overlap != null && overlap > threshold);
        model.put("overlap_limit", Math.round(threshold * 100) + "%");
    }

    private static Map<String, Object> match(Relevance.Match m) {
        return Map.of("term", m.term(), "field", m.field(), "weight", String.format(Locale.ROOT, "%.0f", m.weight()));
    }

    private static Map<String, Object> flag(Flag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().label());
        m.put("match", f.match());
        m.put("sentence", f.sentence());
        return m;
    }
}
