package dev.feedrafter.schedule;

import dev.feedrafter.store.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a firing polls its feed. The fetching stage writes the feed's {@code next_attempt_at}: its interval
 * after a success, and later after failures (backoff), a Retry-After, or a long TTL or Cache-Control; a firing
 * before that time is skipped, so the next real poll is the first firing at or after it.
 *
 * <p>That time is counted from the end of the last poll, while firings are counted from their scheduled start.
 * When this job made the last poll, the wait is therefore counted from that poll's firing; otherwise every poll
 * that takes a while would push the feed past its next regular firing and halve its polling.
 */
final class DueCheck {
    /** Rounding slack between the times the fetching stage writes and the scheduler's. */
    static final Duration TOLERANCE = Duration.ofMillis(100);

    private DueCheck() {}

    /** The earliest firing time at which the feed is due; {@code state} is empty for a feed never polled. */
    static Instant dueFrom(Optional<FeedState> state, Optional<LastPoll> last) {
        if (state.isEmpty() || state.get().nextAttemptAt() == null) {
            return Instant.MIN;
        }
        Instant next = state.get().nextAttemptAt();
        Instant polledAt = state.get().lastPolledAt();
        if (last.isPresent() && polledAt != null && polledAt.equals(last.get().polledAt())) {
            Duration wait = Duration.between(polledAt, next);
            return last.get().firedAt().plus(wait).minus(TOLERANCE);
        }
        return next.minus(TOLERANCE);
    }

    static boolean isDue(Optional<FeedState> state, Optional<LastPoll> last, Instant firing) {
        return !firing.isBefore(dueFrom(state, last));
    }
}
