package dev.feedrafter.web;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /drafts/{id}/export}: marks an approved draft exported and writes it to {@code drafts.dir} in
 * {@code drafts.format}, as {@code drafts export} does.
 */
final class DraftExportHandler implements Handler {
    private final WebApp app;

    DraftExportHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        if (d.status() != DraftStatus.APPROVED) {
            DraftPage.render(ctx, app, d, DraftPage.Notice.problem("Only an approved draft can be exported; this one is "
                    + d.status().label() + "."), 409);
            return;
        }
        app.workflow().export(d.id(), Access.required(ctx).editor());
        ctx.redirect("/drafts/" + d.id() + "?done=exported", HttpStatus.SEE_OTHER);
    }
}
