package dev.feedrafter.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.store.FeedState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A feed polled every 30 minutes, firing at :00 and :30. */
class DueCheckTest {
    private static Instant at(String time) {
        return Instant.parse("2026-11-26T" + time + "Z");
    }

    private static Optional<FeedState> state(String lastPolled, String nextAttempt) {
        return Optional.of(new FeedState("Feed", "https://a.test/feed", "https://a.test/feed", null, null,
                at(lastPolled), at(lastPolled), null, null, 0, at(nextAttempt), false, 0, null, null));
    }

    private static Optional<LastPoll> ourPoll(String fired, String polled) {
        return Optional.of(new LastPoll(at(fired), at(polled)));
    }

    @Test
    void aFeedNeverPolledIsDue() {
        assertThat(DueCheck.isDue(Optional.empty(), Optional.empty(), at("10:00:00"))).isTrue();
    }

    @Test
    void aPollThatTookAWhileDoesNotPushTheFeedPastItsNextFiring() {
        // fired at 10:00, finished at 10:00:40, so the fetching stage asks for 10:30:40
        var state = state("10:00:40", "10:30:40");
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:40"), at("10:30:00"))).isTrue();
    }

    @Test
    void withoutItsOwnRecordTheJobWaitsForTheTimeAsWritten() {
        // the last poll was not this job's (e.g. "poll" on the command line at 10:20)
        var state = state("10:20:05", "10:50:05");
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:40"), at("10:30:00"))).isFalse();
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:40"), at("11:00:00"))).isTrue();
        assertThat(DueCheck.isDue(state, Optional.empty(), at("10:30:00"))).isFalse();
    }

    @Test
    void aRetryAfterSkipsTheFiringsBeforeIt() {
        // 429 at 10:00:01 with Retry-After: 2700 (45 minutes)
        var state = state("10:00:01", "10:45:01");
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:01"), at("10:30:00"))).isFalse();
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:01"), at("11:00:00"))).isTrue();
    }

    @Test
    void aTtlLongerThanTheIntervalSkipsEveryOtherFiring() {
        // the feed says <ttl>60</ttl>
        var state = state("10:00:02", "11:00:02");
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:02"), at("10:30:00"))).isFalse();
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:02"), at("11:00:00"))).isTrue();
    }

    @Test
    void backoffAfterFailuresSkipsFiringsUntilItEnds() {
        // third failure in a row at 10:00:03: backoff of 8 intervals plus jitter
        var state = state("10:00:03", "14:05:00");
        for (String firing : new String[] {"10:30:00", "12:00:00", "14:00:00"}) {
            assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:03"), at(firing))).as(firing).isFalse();
        }
        assertThat(DueCheck.isDue(state, ourPoll("10:00:00", "10:00:03"), at("14:30:00"))).isTrue();
    }
}
