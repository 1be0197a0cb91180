package dev.feedrafter.web;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.pipeline.FeedPollResult;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /feeds}: every configured feed's health (last success, last error, failures in a row, next poll,
 * next scheduled firing); {@code POST /feeds/poll} (field {@code feed}) polls one now, in the background.
 */
final class FeedsHandler {
    private final WebApp app;

    FeedsHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    void show(Context ctx) {
        Map<String, Instant> fires = nextFires();
        List<FeedSource> feeds = app.config().feeds();
        List<Map<String, Object>> rows = feeds.stream().map(feed -> row(feed,
                app.db().read(s -> s.feeds().find(feed.name())), fires.get(feed.name()))).toList();
        Map<String, Object> model = Views.page(ctx, "Feeds", "feeds");
        model.put("feeds", rows);
        model.put("none", rows.isEmpty());
        model.put("polling", app.feedPolls().anyRunning());
        String started = ctx.queryParam("polling");
        model.put("message", started != null && app.config().feed(started).isPresent()
                ? "Polling " + app.config().feed(started).get().name() + " now. This page shows the result when it is done."
                : null);
        app.views().render(ctx, "feeds", model);
    }

    void poll(Context ctx) {
        String name = ctx.formParam("feed");
        FeedSource feed = app.config().feed(name == null ? "" : name)
                .orElseThrow(() -> new RequestProblem(404, "no feed named \"" + name + "\" in feeds.yml"));
        app.feedPolls().start(feed);
        ctx.redirect("/feeds?polling=" + java.net.URLEncoder.encode(feed.name(), java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private static String describe(FeedPollResult p) {
        return "Polled from this page: " + p.outcomeText() + (p.failed() ? "" : "; " + p.newEntries()
                + " new entries, " + p.drafts() + " new drafts");
    }

    /** Next scheduled firings; none when the job store cannot be read (the page still shows the rest). */
    private Map<String, Instant> nextFires() {
        try {
            return app.polling().nextFireTimes();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private Map<String, Object> row(FeedSource feed, Optional<FeedState> found, Instant nextFire) {
        FeedState s = found.orElse(null);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", feed.name());
        r.put("url", s == null ? feed.url().toString() : s.currentUrl());
        r.put("schedule", feed.schedule().toString());
        String health = s == null || s.lastPolledAt() == null ? "new" : s.disabled() ? "disabled"
                : s.failuresInRow() > 0 ? "failing" : "ok";
        r.put("health", health);
        r.put("health_label", switch (health) {
            case "new" -> "Not polled yet";
            case "disabled" -> "Disabled";
            case "failing" -> "Failing";
            default -> "OK";
        });
        r.put("last_success", s == null || s.lastSuccessAt() == null ? "never" : Labels.dayTime(s.lastSuccessAt()));
        r.put("last_error", s == null ? null : s.lastError());
        r.put("last_error_at", s == null ? null : Labels.dayTime(s.lastErrorAt()));
        r.put("failures", s == null ? 0 : s.failuresInRow());
        r.put("disabled_reason", s == null ? null : s.disabledReason());
        r.put("next_poll", s == null || s.nextAttemptAt() == null ? "at the next firing"
                : Labels.dayTime(s.nextAttemptAt()));
        r.put("next_fire", nextFire == null ? "not scheduled" : Labels.dayTime(nextFire));
        r.put("running", app.feedPolls().isRunning(feed.name()));
        r.put("last_result", app.feedPolls().lastResult(feed.name()).map(FeedsHandler::describe).orElse(null));
        return r;
    }
}
