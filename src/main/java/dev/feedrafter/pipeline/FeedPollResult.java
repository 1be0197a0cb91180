package dev.feedrafter.pipeline;

import java.util.List;

/**
 * One feed's poll: how many entries were new, how many known ones the feed revised (read again because what it
 * says of them changed), what came of each, and whether the poll succeeded ({@code error} null) or failed (the
 * message names the feed and what went wrong) or was skipped ({@code error} says why).
 */
public record FeedPollResult(String feed, Status status, int newEntries, int revisedEntries, List<EntryResult> entries,
                             String error) {
    public enum Status { OK, NOT_MODIFIED, SKIPPED, FAILED }

    public FeedPollResult {
        entries = List.copyOf(entries);
    }

    static FeedPollResult skipped(String feed, String why) {
        return new FeedPollResult(feed, Status.SKIPPED, 0, 0, List.of(), why);
    }

    public long drafts() {
        return entries.stream().filter(EntryResult::madeDraft).count();
    }

    public long failedEntries() {
        return entries.stream().filter(e -> e.outcome() == EntryResult.Outcome.FAILED).count();
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** One word or phrase for the summary table. */
    public String outcomeText() {
        return switch (status) {
            case OK -> failedEntries() == 0 ? "ok"
                    : "ok, " + failedEntries() + (failedEntries() == 1 ? " entry" : " entries") + " failed";
            case NOT_MODIFIED -> "not modified";
            case SKIPPED -> error == null ? "skipped" : "skipped: " + error;
            case FAILED -> "failed: " + error;
        };
    }
}
