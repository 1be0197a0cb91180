package dev.feedrafter.web;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.pipeline.DraftWorkflow.WorkflowException;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * {@code POST /drafts/{id}/status} from the draft page's buttons: pick ("assign to me"), approve, or reject with
 * a reason (form fields {@code status}, {@code reason}). A move the workflow does not allow is shown on the page.
 */
final class DraftMoveHandler implements Handler {
    static final Set<DraftStatus> EDITOR_MOVES = Set.of(DraftStatus.PICKED, DraftStatus.APPROVED, DraftStatus.REJECTED);

    private final WebApp app;

    DraftMoveHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        DraftStatus status = DraftStatus.parse(ctx.formParam("status")).filter(EDITOR_MOVES::contains)
                .orElseThrow(() -> new RequestProblem(400, "choose pick, approve or reject"));
        String reason = ctx.formParam("reason");
        try {
            app.workflow().move(d.id(), status, Access.required(ctx).editor(),
                    reason == null || reason.isBlank() ? null : reason.strip());
        } catch (WorkflowException e) {
            DraftPage.render(ctx, app, app.draft(ctx.pathParam("id")), DraftPage.Notice.problem(e.getMessage()), 409);
            return;
        }
        ctx.redirect("/drafts/" + d.id() + "?done=" + status.label(), HttpStatus.SEE_OTHER);
    }
}
