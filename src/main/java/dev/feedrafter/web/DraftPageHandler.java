package dev.feedrafter.web;

import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** {@code GET /drafts/{id}}: the draft page, with the message of the action just done ({@code ?done=…}). */
final class DraftPageHandler implements Handler {
    private final WebApp app;

    DraftPageHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        Draft d = app.draft(ctx.pathParam("id"));
        String done = ctx.queryParam("done");
        DraftPage.render(ctx, app, d, done == null ? DraftPage.Notice.NONE : DraftPage.Notice.message(message(done, d,
                app.config().drafts().format().extension())),
                200);
    }

    /** Fixed sentences only: nothing from the link is shown as it is. */
    private static String message(String done, Draft d, String extension) {
        return switch (done) {
            // a bookmarked or shared link may outlive the pick: say nothing rather than "assigned to null"
            case "picked" -> d.editor() == null ? null : "This draft is assigned to " + d.editor() + ".";
            case "approved" -> "Approved. Download it, or export it to the drafts folder, when you are ready.";
            case "rejected" -> "Rejected. Its story will not come back in later polls.";
            case "saved" -> "Saved as version " + d.version() + ".";
            case "exported" -> "Exported: written to the drafts folder as " + d.meta().slug() + "." + extension;
            default -> null;
        };
    }
}
