package dev.feedrafter.web;

import dev.feedrafter.draft.DraftFields;
import dev.feedrafter.model.Draft;
import dev.feedrafter.store.DraftQuery;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * {@code GET /api/drafts}: the same JSON array as {@code drafts list --json} (every front-matter field, no body),
 * filtered by the inbox's parameters ({@code status}, {@code q}, {@code sort}, and {@code service}, {@code topic},
 * {@code feed}); without {@code status}, drafts of every status.
 */
final class ApiDraftListHandler implements Handler {
    private final WebApp app;

    ApiDraftListHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        var query = DraftFilters.from(ctx, DraftFilters.ALL, app.config()).query(DraftQuery.MAX_LIMIT, 0);
        List<Draft> drafts = app.db().read(s -> s.drafts().search(query));
        ApiJson.sendDrafts(ctx, drafts.stream().map(d -> DraftFields.json(d, false)).toList());
    }
}
