package dev.feedrafter.schedule;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a feed's job remembers of the last poll it made: the scheduled time of that firing, and the
 * {@code last_polled_at} the poll left on the feed's row (which tells whether somebody polled since).
 */
record LastPoll(Instant firedAt, Instant polledAt) {
    static final String FIRED_AT = "lastPollFiredAt";
    static final String POLLED_AT = "lastPolledAt";

    /** Read from a job's data; empty when the job has not polled yet. */
    static Optional<LastPoll> from(Map<String, Object> jobData) {
        if (!(jobData.get(FIRED_AT) instanceof String fired && jobData.get(POLLED_AT) instanceof String polled)) {
            return Optional.empty();
        }
        return Optional.of(new LastPoll(Instant.parse(fired), Instant.parse(polled)));
    }

    void writeTo(Map<String, Object> jobData) {
        jobData.put(FIRED_AT, firedAt.toString());
        jobData.put(POLLED_AT, polledAt.toString());
    }
}
