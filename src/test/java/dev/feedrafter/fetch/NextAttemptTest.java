package dev.feedrafter.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NextAttemptTest {
    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration DAY = Duration.ofHours(24);
    /** A schedule's slack: 1/20 of the interval, at most a minute, so a timer on the schedule finds the feed due. */
    private static final Duration SLACK = Duration.ofMinutes(1);

    @Test
    void aSuccessWaitsOneInterval() {
        assertThat(NextAttempt.afterSuccess(START, HALF_HOUR, null, DAY)).isEqualTo(START.plus(HALF_HOUR).minus(SLACK));
        assertThat(NextAttempt.afterSuccess(START, Duration.ofMinutes(10), null, DAY))
                .isEqualTo(START.plus(Duration.ofSeconds(570)));
    }

    @Test
    void theFeedsOwnHintsOnlyEverLengthenTheInterval() {
        assertThat(NextAttempt.afterSuccess(START, HALF_HOUR, Duration.ofHours(3), DAY))
                .isEqualTo(START.plus(Duration.ofHours(3)).minus(SLACK));
        assertThat(NextAttempt.afterSuccess(START, HALF_HOUR, Duration.ofMinutes(5), DAY))
                .isEqualTo(START.plus(HALF_HOUR).minus(SLACK));
    }

    @Test
    void hintsAreBounded() {
        assertThat(NextAttempt.afterSuccess(START, HALF_HOUR, Duration.ofDays(30), DAY))
                .isEqualTo(START.plus(DAY).minus(SLACK));
        assertThat(NextAttempt.afterSuccess(START, Duration.ofDays(2), Duration.ofDays(30), DAY))
                .isEqualTo(START.plus(Duration.ofDays(2)).minus(SLACK));
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCap() {
        assertThat(failure(1, 0.5)).isEqualTo(START.plus(HALF_HOUR).minus(SLACK));
        assertThat(failure(2, 0.5)).isEqualTo(START.plus(Duration.ofHours(1)).minus(SLACK));
        assertThat(failure(3, 0.5)).isEqualTo(START.plus(Duration.ofHours(2)).minus(SLACK));
        assertThat(failure(6, 0.5)).isEqualTo(START.plus(Duration.ofHours(16)).minus(SLACK));
        assertThat(failure(7, 0.5)).isEqualTo(START.plus(DAY).minus(SLACK));
        assertThat(failure(500, 0.5)).isEqualTo(START.plus(DAY).minus(SLACK));
    }

    @Test
    void jitterSpreadsRetriesByUpToATenth() {
        assertThat(failure(3, 0.0)).isEqualTo(START.plus(Duration.ofMinutes(108)).minus(SLACK));
        assertThat(failure(3, 0.999_999)).isBetween(START.plus(Duration.ofMinutes(132)).minus(SLACK).minusSeconds(1),
                START.plus(Duration.ofMinutes(132)).minus(SLACK));
        assertThat(failure(20, 0.999_999)).isEqualTo(START.plus(DAY).minus(SLACK));
    }

    @Test
    void retryAfterDelaysButStaysWithinTheCap() {
        Instant inThreeHours = START.plus(Duration.ofHours(3));
        assertThat(NextAttempt.afterFailure(START, HALF_HOUR, 1, inThreeHours, DAY, () -> 0.5)).isEqualTo(inThreeHours);
        assertThat(NextAttempt.afterFailure(START, HALF_HOUR, 1, START.plusSeconds(60), DAY, () -> 0.5))
                .isEqualTo(START.plus(HALF_HOUR).minus(SLACK));
        assertThat(NextAttempt.afterFailure(START, HALF_HOUR, 1, START.plus(Duration.ofDays(9)), DAY, () -> 0.5))
                .isEqualTo(START.plus(DAY));
    }

    private static Instant failure(int failures, double random) {
        return NextAttempt.afterFailure(START, HALF_HOUR, failures, null, DAY, () -> random);
    }
}
