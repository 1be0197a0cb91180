package dev.feedrafter.web;

import dev.feedrafter.draft.DraftDocument;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /preview} (field {@code body_markdown}): the editor's live preview, rendered by the same
 * sanitizing renderer as the draft's HTML, so the page only ever inserts HTML that Feedrafter cleaned.
 */
final class PreviewHandler implements Handler {
    @Override
    public void handle(Context ctx) {
        String body = ctx.formParam("body_markdown");
        ctx.contentType("text/html; charset=utf-8").result(DraftDocument.bodyHtml(body == null ? "" : body));
    }
}
