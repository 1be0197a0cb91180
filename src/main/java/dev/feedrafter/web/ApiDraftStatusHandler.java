package dev.feedrafter.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedrafter.draft.DraftFields;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.pipeline.DraftWorkflow.WorkflowException;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /api/drafts/{id}/status} with {@code {"status": "picked"|"approved"|"rejected", "editor": …,
 * "reason": …}}: moves the draft and answers with it as {@code GET /api/drafts/{id}} does. {@code editor} defaults
 * to the logged-in editor. 400 for another status, bad JSON or an editor not in {@code web.editors}, 404 for an
 * unknown draft, 409 for a move the workflow does not allow (e.g. approving a rejected draft).
 */
final class ApiDraftStatusHandler implements Handler {
    private final WebApp app;

    ApiDraftStatusHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        JsonNode body = ApiJson.object(ctx);
        String asked = ApiJson.text(body, "status");
        DraftStatus status = DraftStatus.parse(asked).filter(DraftMoveHandler.EDITOR_MOVES::contains)
                .orElseThrow(() -> new RequestProblem(400, "\"status\" must be \"picked\", \"approved\" or "
                        + "\"rejected\"" + (asked == null ? "" : ", found \"" + asked + "\"")));
        String editor = ApiJson.text(body, "editor");
        try {
            Draft moved = app.workflow().move(d.id(), status, editor == null || editor.isBlank()
                    ? Access.required(ctx).editor() : editor.strip(), ApiJson.text(body, "reason"));
            ApiJson.sendDrafts(ctx, DraftFields.json(moved, true));
        } catch (WorkflowException e) {
            throw RequestProblem.of(e);
        }
    }
}
