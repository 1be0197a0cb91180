package dev.feedrafter.cli;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.store.FeedState;
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
    @Command(name = "list", description = "Configured feeds with last success, last error, failures in a row, "
            + "next poll and whether an ETag is known.")
    static final class ListFeeds implements Callable<Integer> {
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
                for (FeedSource feed : session.config().feeds()) {
                    FeedState state = session.database().read(s -> s.feeds().find(feed.name())).orElse(null);
                    rows.add(row(feed, state));
                }
                if (json) {
                    spec.commandLine().getOut().println(JsonOutput.pretty(rows));
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("feed", "last success", "failures", "next poll", "etag", "last error");
                for (Map<String, Object> r : rows) {
                    table.row(r.get("name"), orDash(r.get("last_success_at")), r.get("failures_in_row"),
                            orDash(r.get("next_poll_at")), Boolean.TRUE.equals(r.get("etag_known")) ? "yes" : "no",
                            orDash(r.get("last_error")));
                }
                table.print(spec.commandLine().getOut());
                return ExitCodes.OK;
            }
        }

        private static Map<String, Object> row(FeedSource feed, FeedState state) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", feed.name());
            r.put("url", state == null ? feed.url().toString() : state.currentUrl());
            r.put("configured_url", feed.url().toString());
            r.put("schedule", feed.schedule().toString());
            r.put("last_success_at", state == null || state.lastSuccessAt() == null ? null
                    : state.lastSuccessAt().toString());
            r.put("last_error", state == null ? null : state.lastError());
            r.put("last_error_at", state == null || state.lastErrorAt() == null ? null : state.lastErrorAt().toString());
            r.put("failures_in_row", state == null ? 0 : state.failuresInRow());
            r.put("next_poll_at", state == null || state.nextAttemptAt() == null ? null
                    : state.nextAttemptAt().toString());
            r.put("etag_known", state != null && state.etag() != null);
            r.put("etag", state == null ? null : state.etag());
            r.put("disabled", state != null && state.disabled());
            return r;
        }

        private static Object orDash(Object value) {
            return value == null ? "-" : value;
        }
    }
}
