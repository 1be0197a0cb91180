package dev.feedrafter.pipeline;

import dev.feedrafter.model.Draft;

/**
 * What became of one entry or imported URL. {@code draft} is set when the entry made or joined a draft;
 * {@code detail} explains a skip or failure.
 */
public record EntryResult(Outcome outcome, String url, String title, Draft draft, String detail) {
    public enum Outcome {
        /** A new story and draft. */
        DRAFTED,
        /** Another outlet's report of a known story: its draft lists one more source. */
        JOINED,
        /** The same page (or the same outlet's report) was already part of a story; nothing changed. */
        ALREADY_KNOWN,
        /** The story's draft was rejected or deleted; it stays that way. */
        REJECTED_STORY,
        NOT_RELEVANT,
        TOO_OLD,
        FAILED
    }

    public boolean madeDraft() {
        return outcome == Outcome.DRAFTED;
    }

    /**
     * The detail for a line that shows {@link #url} already: a fetch failure names its URL ("HTTP 404 Not Found
     * from URL", "URL: connection refused"), which is left out here. Null when there is no detail.
     */
    public String detailBesideUrl() {
        if (detail == null || url == null) {
            return detail;
        }
        String shorter = detail.replace(" from " + url, "");
        return shorter.startsWith(url + ": ") ? shorter.substring(url.length() + 2) : shorter;
    }
}
