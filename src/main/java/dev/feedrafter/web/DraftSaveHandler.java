package dev.feedrafter.web;

import dev.feedrafter.model.Draft;
import dev.feedrafter.pipeline.DraftWorkflow.StaleEditException;
import dev.feedrafter.pipeline.DraftWorkflow.WorkflowException;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /drafts/{id}/body} from the editor (fields {@code body_markdown}, {@code version}): stores the text
 * as the next version. When someone saved in between, nothing is stored and the page comes back (409) with the
 * editor's text still in the editor, the saved version to compare, and a save that would now replace it.
 */
final class DraftSaveHandler implements Handler {
    private final WebApp app;

    DraftSaveHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        String body = ctx.formParam("body_markdown");
        int version = version(ctx.formParam("version"));
        if (body == null) {
            throw new RequestProblem(400, "the form sent no text");
        }
        try {
            app.workflow().edit(d.id(), body, version, Access.required(ctx).editor());
        } catch (StaleEditException e) {
            Draft current = app.draft(ctx.pathParam("id"));
            String who = app.workflow().savedBy(current.id(), current.version()).orElse("Someone");
            DraftPage.render(ctx, app, current, new DraftPage.Notice(null, who + " saved version " + current.version()
                    + " while you were editing version " + version + ", so your text was not saved. It is still in "
                    + "the editor below. Compare it with the saved version, then save again to replace version "
                    + current.version() + " with your text.", body, current.version()), 409);
            return;
        } catch (WorkflowException e) {
            Draft current = app.draft(ctx.pathParam("id"));
            DraftPage.render(ctx, app, current, new DraftPage.Notice(null, "Not saved: " + e.getMessage() + ". "
                    + "Your text is still in the editor below.", body, null),
                    RequestProblem.of(e).status());
            return;
        }
        ctx.redirect("/drafts/" + d.id() + "?done=saved", HttpStatus.SEE_OTHER);
    }

    static int version(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new RequestProblem(400, "the form sent no draft version");
        }
    }
}
