package dev.feedrafter.pipeline;

/**
 * How to poll: {@code backfillDays} (null for the feed's own {@code max_age_days}) widens the window of
 * entries old enough to draft; {@code force} polls even a feed whose next attempt is not due.
 */
public record PollOptions(Integer backfillDays, boolean force) {
    public static final PollOptions NOW = new PollOptions(null, true);
}
