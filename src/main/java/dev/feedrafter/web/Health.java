package dev.feedrafter.web;

import dev.feedrafter.schedule.FeedScheduler;
import dev.feedrafter.store.FeedState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code serve} is doing: {@code ok}; {@code degraded} while it works but something needs a look (feeds
 * failing, the scheduler paused, feeds.yml edits not in force); {@code down} when it cannot work (database
 * unreachable, scheduler stopped).
 */
public record Health(Status status, List<String> reasons) {
    private static final int NAMES_SHOWN = 5;

    public enum Status { OK, DEGRADED, DOWN }

    public Health {
        reasons = List.copyOf(reasons);
    }

    /**
     * Judges the parts; {@code feeds} are the states of the configured feeds (ignored when the database is
     * unreachable), {@code configProblems} those of a feeds.yml edit that could not be put in force.
     */
    public static Health of(boolean databaseReachable, FeedScheduler.State scheduler, List<FeedState> feeds,
                            List<String> configProblems) {
        List<String> down = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        if (!databaseReachable) {
            down.add("database unreachable");
        }
        switch (scheduler) {
            case STOPPED -> down.add("scheduler stopped");
            case PAUSED -> degraded.add("scheduler paused");
            case RUNNING -> { }
        }
        if (databaseReachable) {
            List<String> failing = feeds.stream().filter(f -> !f.disabled() && f.failuresInRow() > 0)
                    .map(FeedState::name).toList();
            List<String> disabled = feeds.stream().filter(FeedState::disabled).map(FeedState::name).toList();
            count(failing, "failing", degraded);
            count(disabled, "disabled", degraded);
        }
        if (!configProblems.isEmpty()) {
            degraded.add("feeds.yml has " + plural(configProblems.size(), "problem")
                    + "; running the last good configuration");
        }
        if (!down.isEmpty()) {
            down.addAll(degraded);
            return new Health(Status.DOWN, down);
        }
        return new Health(degraded.isEmpty() ? Status.OK : Status.DEGRADED, degraded);
    }

    /** 503 when the process cannot work, so that a load balancer or monitor takes it out; 200 otherwise. */
    public int httpStatus() {
        return status == Status.DOWN ? 503 : 200;
    }

    /** {@code {"status":"ok"}}, or with {@code "reasons"} when there are any. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.name().toLowerCase(Locale.ROOT));
        if (!reasons.isEmpty()) {
            json.put("reasons", reasons);
        }
        return json;
    }

    private static void count(List<String> names, String what, List<String> reasons) {
        if (names.isEmpty()) {
            return;
        }
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), NAMES_SHOWN)));
        reasons.add(plural(names.size(), "feed") + " " + what + ": " + shown
                + (names.size() > NAMES_SHOWN ? ", …" : ""));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
