package dev.feedrafter.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedHintsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void theLongestHintWins() {
        assertThat(FeedHints.freshFor(Duration.ofMinutes(60), "public, max-age=7200", null, NOW))
                .isEqualTo(Duration.ofHours(2));
        assertThat(FeedHints.freshFor(Duration.ofMinutes(240), "max-age=600", "Thu, 26 Nov 2026 13:00:00 GMT", NOW))
                .isEqualTo(Duration.ofHours(4));
        assertThat(FeedHints.freshFor(null, null, "Thu, 26 Nov 2026 18:00:00 GMT", NOW)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void noCacheAndPastOrInvalidDatesAreNoHint() {
        assertThat(FeedHints.freshFor(null, "no-cache, max-age=600", "0", NOW)).isNull();
        assertThat(FeedHints.freshFor(null, "private", "Wed, 25 Nov 2026 12:00:00 GMT", NOW)).isNull();
        assertThat(FeedHints.freshFor(Duration.ZERO, "s-maxage=600", "-1", NOW)).isNull();
        assertThat(FeedHints.freshFor(null, null, null, NOW)).isNull();
    }

    @Test
    void retryAfterInBothForms() {
        assertThat(RetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
        assertThat(RetryAfter.parse(" Thu, 26 Nov 2026 15:30:00 GMT ", NOW)).contains(Instant.parse("2026-11-26T15:30:00Z"));
        assertThat(RetryAfter.parse("99999999999999", NOW)).contains(NOW.plus(Duration.ofDays(365)));
        assertThat(RetryAfter.parse("-5", NOW)).isEqualTo(Optional.empty());
        assertThat(RetryAfter.parse("tomorrow", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
