package dev.feedrafter.cli;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.schedule.FeedScheduler;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.util.Texts;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds}: the configured feeds and their health. */
@Command(name = "feeds", description = "Configured feeds and their health.",
        subcommands = {FeedsCommand.ListFeeds.class, ImportOpmlCommand.class})
final class FeedsCommand extends CommandGroup {
    @Command(name = "list", description = "Configured feeds with their health: last success, last error, failures "
            + "in a row, next attempt, whether an ETag is known, a new address after a permanent redirect, and "
            + "whether the feed is disabled.")
    static final class ListFeeds implements Callable<Integer> {
        private static final int ERROR_WIDTH = 100;

        @ParentCommand
        FeedsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() {
            try (Session session = Session.open(parent.root)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                Map<String, Instant> fires = FeedScheduler.nextFireTimes(session.database(), session.config());
                for (FeedSource feed : session.config().feeds()) {
                    // a state kept for another url is history: the next poll starts the feed afresh at its new url
                    FeedState state = session.database().read(s -> s.feeds().find(feed.name()))
                            .filter(s -> s.configuredUrl().equals(feed.url().toString())).orElse(null);
                    Map<String, Object> row = row(feed, state);
                    row.put("next_fire_at", time(fires.get(feed.name())));
                    rows.add(row);
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(JsonOutput.pretty(rows));
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("feed", "status", "last success", "failures", "next attempt",
                        "next fire", "etag", "last error");
                for (Map<String, Object> r : rows) {
                    table.row(r.get("name"), r.get("status"), orDash(r.get("last_success_at")),
                            r.get("failures_in_row"), orDash(r.get("next_poll_at")), orDash(r.get("next_fire_at")),
                            Boolean.TRUE.equals(r.get("etag_known")) ? "yes" : "no",
                            orDash(Texts.truncate((String) r.get("last_error"), ERROR_WIDTH)));
                }
                table.print(out);
                for (Map<String, Object> r : rows) {
                    if (Boolean.TRUE.equals(r.get("moved"))) {
                        out.println(r.get("name") + " moved permanently: " + r.get("configured_url") + " → "
                                + r.get("url"));
                    }
                    if (r.get("disabled_reason") != null) {
                        out.println(r.get("name") + " is disabled: " + r.get("disabled_reason"));
                    }
                }
                return ExitCodes.OK;
            }
        }

        private static Map<String, Object> row(FeedSource feed, FeedState state) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", feed.name());
            r.put("url", state == null ? feed.url().toString() : state.currentUrl());
            r.put("configured_url", feed.url().toString());
            r.put("moved", state != null && state.moved());
            r.put("schedule", feed.schedule().toString());
            r.put("status", status(state));
            r.put("last_polled_at", time(state == null ? null : state.lastPolledAt()));
            r.put("last_success_at", time(state == null ? null : state.lastSuccessAt()));
            r.put("last_error", state == null ? null : state.lastError());
            r.put("last_error_at", time(state == null ? null : state.lastErrorAt()));
            r.put("failures_in_row", state == null ? 0 : state.failuresInRow());
            r.put("next_poll_at", time(state == null ? null : state.nextAttemptAt()));
            r.put("etag_known", state != null && state.etag() != null);
            r.put("etag", state == null ? null : state.etag());
            r.put("last_modified", state == null ? null : state.lastModified());
            r.put("disabled", state != null && state.disabled());
            r.put("disabled_reason", state == null ? null : state.disabledReason());
            return r;
        }

        /** One word: "new" (never polled), "ok", "failing" or "disabled". */
        private static String status(FeedState state) {
            if (state == null || state.lastPolledAt() == null) {
                return "new";
            }
            return state.disabled() ? "disabled" : state.failuresInRow() > 0 ? "failing" : "ok";
        }

        private static String time(Instant instant) {
            return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }

        private static Object orDash(Object value) {
            return value == null ? "-" : value;
        }
    }
}
