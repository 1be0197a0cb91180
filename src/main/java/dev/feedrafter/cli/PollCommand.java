package dev.feedrafter.cli;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.pipeline.EntryResult;
import dev.feedrafter.pipeline.FeedPollResult;
import dev.feedrafter.pipeline.PollOptions;
import dev.feedrafter.pipeline.PollProgress;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code poll}: polls all (or the named) feeds once, now, and prints a summary. */
@Command(name = "poll", description = "Poll all (or the named) feeds once now, draft what is new, print a summary.")
final class PollCommand implements Callable<Integer> {
    @ParentCommand
    private FeedrafterCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--feed", paramLabel = "NAME", description = "poll only this feed (repeatable)")
    private List<String> feedNames = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "DAYS",
            description = "also draft entries published in the last DAYS days (default: a new feed's max_age_days)")
    private Integer backfillDays;

    @Override
    public Integer call() {
        if (backfillDays != null && backfillDays < 1) {
            throw new UsageException("--backfill must be at least 1 day");
        }
        try (Session session = Session.open(root)) {
            List<FeedSource> feeds = select(session);
            if (feeds.isEmpty()) {
                spec.commandLine().getOut().println("No feeds configured in " + root.configFile() + ".");
                return ExitCodes.OK;
            }
            List<FeedPollResult> results = poll(session, feeds);
            printSummary(spec.commandLine().getOut(), results);
            return results.stream().anyMatch(r -> r.failed() || r.failedEntries() > 0) ? ExitCodes.PARTIAL
                    : ExitCodes.OK;
        }
    }

    /** Polls with progress on a terminal; without one, with a log line per feed only. */
    private List<FeedPollResult> poll(Session session, List<FeedSource> feeds) {
        PollOptions options = new PollOptions(backfillDays, true);
        if (System.console() == null) {
            return session.pipeline().pollAll(feeds, options, PollProgress.NONE);
        }
        try (TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), !root.verbose())) {
            return session.pipeline().pollAll(feeds, options, progress);
        }
    }

    private List<FeedSource> select(Session session) {
        if (feedNames.isEmpty()) {
            return session.config().feeds();
        }
        List<FeedSource> chosen = new ArrayList<>();
        for (String name : feedNames) {
            chosen.add(session.config().feed(name).orElseThrow(() -> new UsageException("no feed named \"" + name
                    + "\" in " + root.configFile() + "; configured: "
                    + String.join(", ", session.config().feeds().stream().map(FeedSource::name).toList()))));
        }
        return chosen;
    }

    static void printSummary(PrintWriter out, List<FeedPollResult> results) {
        TextTable table = new TextTable("feed", "new entries", "drafts", "outcome");
        long newEntries = 0;
        long drafts = 0;
        long tooOld = 0;
        for (FeedPollResult r : results) {
            table.row(r.feed(), r.newEntries(), r.drafts(), r.outcomeText());
            newEntries += r.newEntries();
            drafts += r.drafts();
            tooOld += r.entries().stream().filter(e -> e.outcome() == EntryResult.Outcome.TOO_OLD).count();
        }
        table.print(out);
        long failed = results.stream().filter(FeedPollResult::failed).count();
        out.println();
        out.println(results.size() + " feeds polled, " + newEntries + " new entries, " + drafts + " new drafts"
                + (failed > 0 ? ", " + failed + " feeds failed" : "") + ".");
        long revised = results.stream().mapToLong(FeedPollResult::revisedEntries).sum();
        if (revised > 0) {
            out.println(revised + " entries already seen were read again because their feed changed what it says "
                    + "of them; their drafts follow the new text.");
        }
        if (tooOld > 0) {
            out.println(tooOld + " entries were older than the feed's max_age_days and not drafted "
                    + "(poll --backfill DAYS drafts them).");
        }
    }
}
