package dev.feedrafter.web;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.schedule.Polling;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.store.StoreException;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;

/** {@code GET /health}: no login needed; see {@link Health} for what it reports. */
public final class HealthHandler implements Handler {
    private final Database db;
    private final Polling polling;

    public HealthHandler(Database db, Polling polling) {
        this.db = Check.notNull(db, "db");
        this.polling = Check.notNull(polling, "polling");
    }

    @Override
    public void handle(Context ctx) {
        Health health = check();
        ctx.status(health.httpStatus()).json(health.json());
    }

    Health check() {
        boolean reachable = db.isReachable();
        List<FeedState> feeds = reachable ? configuredFeedStates() : List.of();
        return Health.of(reachable, polling.state(), feeds, polling.configProblems());
    }

    private List<FeedState> configuredFeedStates() {
        List<String> names = polling.config().feeds().stream().map(FeedSource::name).toList();
        try {
            return db.read(s -> names.stream().map(name -> s.feeds().find(name)).flatMap(Optional::stream).toList());
        } catch (StoreException e) {
            return List.of();
        }
    }
}
