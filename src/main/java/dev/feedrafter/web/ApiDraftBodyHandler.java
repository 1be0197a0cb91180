package dev.feedrafter.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedrafter.draft.DraftFields;
import dev.feedrafter.model.Draft;
import dev.feedrafter.pipeline.DraftWorkflow.StaleEditException;
import dev.feedrafter.pipeline.DraftWorkflow.WorkflowException;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/**
 * {@code PUT /api/drafts/{id}/body} with {@code {"body_markdown": …, "version": N}}: stores the body as version
 * N+1 and answers with the draft. 409 with {@code current_version} when N is no longer the draft's version
 * (nothing is stored); 400 when a field is missing; 404 for an unknown draft.
 */
final class ApiDraftBodyHandler implements Handler {
    private final WebApp app;

    ApiDraftBodyHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        JsonNode body = ApiJson.object(ctx);
        String markdown = ApiJson.text(body, "body_markdown");
        JsonNode version = body.get("version");
        if (markdown == null) {
            throw new RequestProblem(400, "\"body_markdown\" is required");
        }
        if (version == null || version.isNull()) {
            throw new RequestProblem(400, "\"version\" is required: the version your edit started from");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new RequestProblem(400, "\"version\" must be a whole number, found " + version);
        }
        try {
            Draft saved = app.workflow().edit(d.id(), markdown, version.intValue(), Access.required(ctx).editor());
            ApiJson.sendDrafts(ctx, DraftFields.json(saved, true));
        } catch (StaleEditException e) {
            throw new RequestProblem(409, e.getMessage(), Map.of("current_version", e.currentVersion()));
        } catch (WorkflowException e) {
            throw RequestProblem.of(e);
        }
    }
}
