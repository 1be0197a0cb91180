package dev.feedrafter.web;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.pipeline.FeedPollResult;
import dev.feedrafter.pipeline.PollFeed;
import dev.feedrafter.pipeline.PollOptions;
import dev.feedrafter.util.Check;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * "Poll now" from the feeds page: polls one feed in the background, at most one such poll per feed at a time,
 * and remembers the outcome of the last one for the page. The pipeline records the poll on the feed's row as
 * a scheduled poll would.
 */
final class FeedPolls {
    private final ExecutorService executor;
    private final Supplier<PollFeed> polls;
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();
    private final Map<String, FeedPollResult> last = new ConcurrentHashMap<>();

    FeedPolls(ExecutorService executor, Supplier<PollFeed> polls) {
        this.executor = Check.notNull(executor, "executor");
        this.polls = Check.notNull(polls, "polls");
    }

    /** Starts polling {@code feed} now; false when a poll of it started here is still running. */
    boolean start(FeedSource feed) {
        Check.notNull(feed, "feed");
        if (running.putIfAbsent(feed.name(), Boolean.TRUE) != null) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    last.put(feed.name(), polls.get().poll(feed, PollOptions.NOW));
                } finally {
                    running.remove(feed.name());
                }
            });
        } catch (RuntimeException e) {
            running.remove(feed.name());
            throw e;
        }
        return true;
    }

    boolean isRunning(String feed) {
        return running.containsKey(feed);
    }

    boolean anyRunning() {
        return !running.isEmpty();
    }

    Optional<FeedPollResult> lastResult(String feed) {
        return Optional.ofNullable(last.get(feed));
    }
}
