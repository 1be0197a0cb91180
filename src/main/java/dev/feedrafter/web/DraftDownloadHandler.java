package dev.feedrafter.web;

import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /drafts/{id}/download?format=md|html}: the draft as the file {@code drafts export} would write
 * (Markdown with front matter, or the HTML page), named after its slug. Downloading changes nothing.
 */
final class DraftDownloadHandler implements Handler {
    private final WebApp app;

    DraftDownloadHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        String asked = ctx.queryParam("format") == null ? "md" : ctx.queryParam("format");
        DraftFormat format = DraftFormat.parse(asked)
                .orElseThrow(() -> new RequestProblem(400, "unknown format \"" + asked + "\"; use md or html"));
        String type = format == DraftFormat.HTML ? "text/html" : "text/markdown";
        // the slug is checked to be a plain file name when it is made; quotes are dropped all the same
        String file = d.meta().slug().replace("\"", "") + "." + format.extension();
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType(type + "; charset=utf-8").result(app.documents().render(d, format));
    }
}
