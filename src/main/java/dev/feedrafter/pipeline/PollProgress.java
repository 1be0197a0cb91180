package dev.feedrafter.pipeline;

/** Told about each feed of a poll as it starts and ends, e.g. to show progress on a terminal. */
public interface PollProgress {
    PollProgress NONE = new PollProgress() {};

    default void started(int index, int total, String feed) {}

    default void finished(int index, int total, FeedPollResult result) {}
}
