package dev.feedrafter.schedule;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.pipeline.PollOptions;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one firing does: pick the feed from the configuration in force, skip it when it is not due yet (backoff,
 * Retry-After, TTL), and otherwise poll it through the pipeline, which records the outcome on the feed's row.
 */
final class ScheduledPoll {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPoll.class);

    private final Database db;
    private final LiveConfig live;

    ScheduledPoll(Database db, LiveConfig live) {
        this.db = db;
        this.live = live;
    }

    /** Polls the feed if it is due at {@code firing}; returns what to remember of the poll, empty when skipped. */
    Optional<LastPoll> pollIfDue(String feedName, Instant firing, Optional<LastPoll> last) {
        LiveConfig.InForce inForce = live.current();
        Optional<FeedSource> feed = inForce.config().feeds().stream().filter(f -> f.name().equals(feedName))
                .findFirst();
        if (feed.isEmpty()) {
            LOG.warn("feed \"{}\" is scheduled but not in {}; skipped (every node of a cluster needs the same feeds)",
                    feedName, inForce.config().file());
            return Optional.empty();
        }
        // a state kept for another url is history: a url fixed in feeds.yml is not held back by the old one's backoff
        String url = feed.get().url().toString();
        Optional<FeedState> state = db.read(s -> s.feeds().find(feedName)).filter(s -> s.configuredUrl().equals(url));
        if (state.isPresent() && state.get().disabled()) {
            LOG.debug("feed \"{}\" is disabled ({}); firing skipped", feedName, state.get().disabledReason());
            return Optional.empty();
        }
        if (!DueCheck.isDue(state, last, firing)) {
            LOG.debug("feed \"{}\" is not due before {} (backoff, Retry-After or TTL); firing skipped", feedName,
                    state.map(FeedState::nextAttemptAt).orElse(null));
            return Optional.empty();
        }
        inForce.pipeline().pollFeed().poll(feed.get(), PollOptions.NOW);
        return db.read(s -> s.feeds().find(feedName)).map(FeedState::lastPolledAt)
                .map(polledAt -> new LastPoll(firing, polledAt));
    }
}
