package dev.feedrafter.web;

import dev.feedrafter.draft.DraftFields;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /api/drafts/{id}}: the same JSON object as {@code drafts show ID --format json}; 404 when unknown. */
final class ApiDraftShowHandler implements Handler {
    private final WebApp app;

    ApiDraftShowHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        ApiJson.sendDrafts(ctx, DraftFields.json(app.draft(ctx.pathParam("id")), true));
    }
}
