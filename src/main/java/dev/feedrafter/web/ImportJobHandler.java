package dev.feedrafter.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import dev.feedrafter.pipeline.EntryResult;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /import/{job}}: how an import is going, entry by entry, with links to the drafts it made. The page
 * refreshes itself while the import runs.
 */
final class ImportJobHandler implements Handler {
    private final WebApp app;

    ImportJobHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        ImportJobs.Job job = app.imports().find(ctx.pathParam("job")).orElseThrow(() -> new RequestProblem(404,
                "no such import; imports are listed only until Feedrafter restarts"));
        Map<String, Object> model = Views.page(ctx, "Import", "import");
        model.putAll(summary(job));
        List<EntryResult> results = job.results();
        model.put("results", results.stream().map(ImportJobHandler::result).toList());
        model.put("drafted", results.stream().filter(r -> r.draft() != null).count());
        // an article import of a feed's address finds "no title and no text": offer the import it was meant to be
        boolean allFailed = !results.isEmpty() && results.stream().allMatch(r -> r.outcome() == EntryResult.Outcome.FAILED);
        if (job.done() && !job.feed && allFailed && ImportHandler.looksLikeFeed(job.url.toString())) {
            model.put("as_feed_url", "/import?kind=feed&url=" + URLEncoder.encode(job.url.toString(), StandardCharsets.UTF_8));
        }
        app.views().render(ctx, "import-job", model);
    }

    static Map<String, Object> summary(ImportJobs.Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", job.id);
        m.put("url", job.url.toString());
        m.put("kind", job.feed ? "feed" : "article page");
        m.put("editor", job.editor);
        m.put("started", Labels.dayTime(job.started));
        m.put("running", !job.done());
        m.put("error", job.error());
        m.put("done_count", job.results().size());
        m.put("total", job.total());
        return m;
    }

    private static Map<String, Object> result(EntryResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", Labels.isWebUrl(r.url()) ? r.url() : null);
        m.put("address", r.url());
        m.put("draft_id", r.draft() == null ? null : r.draft().id());
        m.put("draft_title", r.draft() == null ? null : r.draft().meta().title());
        m.put("ok", r.outcome() == EntryResult.Outcome.DRAFTED || r.outcome() == EntryResult.Outcome.JOINED);
        m.put("failed", r.outcome() == EntryResult.Outcome.FAILED);
        m.put("outcome", switch (r.outcome()) {
            case DRAFTED -> "New draft";
            case JOINED -> "Added as another source to a draft";
            case ALREADY_KNOWN -> "Already imported";
            case REJECTED_STORY -> "Not imported: its story was rejected";
            case NOT_RELEVANT -> "Not relevant to the clinic's services and topics";
            case TOO_OLD -> "Too old";
            case FAILED -> "Failed";
        });
        m.put("detail", r.outcome() == EntryResult.Outcome.FAILED || r.outcome() == EntryResult.Outcome.NOT_RELEVANT
                ? r.detailBesideUrl() : null);
        return m;
    }
}
