package dev.feedrafter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thu, 19 Nov 2026 13:45:12 EST | 2026-11-19T18:45:12Z",
        "Thu, 19 Oct 2026 09:40:01 EDT | 2026-10-19T13:40:01Z",
        "Mon, 02 Mar 2026 08:00:00 PDT | 2026-03-02T15:00:00Z",
        "Mon, 02 Mar 2026 08:00:00 PST | 2026-03-02T16:00:00Z",
        "Tue, 3 Mar 2026 8:00 CST | 2026-03-03T14:00:00Z",
        "Wed, 04 Mar 26 10:00:00 +0100 | 2026-03-04T09:00:00Z",
        "Thu, 05 March 2026 | 2026-03-05T00:00:00Z",
        "2026-11-20 | 2026-11-20T00:00:00Z",
        "2026-11 | 2026-11-01T00:00:00Z",
        "2026-11-20T14:05:00Z | 2026-11-20T14:05:00Z",
        "2026-11-20T14:05:00.123+02:00 | 2026-11-20T12:05:00Z",
        "2026-11-20T14:05:00+0200 | 2026-11-20T12:05:00Z",
        "2026-11-20 14:05:00 | 2026-11-20T14:05:00Z",
        "20261120T140500Z | 2026-11-20T14:05:00Z",
        "Sun Jan  4 16:29:06 2004 | 2004-01-04T16:29:06Z",
    })
    void readsTheDateShapesFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "sometime last week", "2026-13-01", "Sun, 31 Nov 2026 10:00:00 GMT",
        "2026-11-20T25:00:00Z", "Mon, 16 Nov 2026 10:00:00 +99:00", "Thu, 19 Nov 2026 13:45:12 XYZ"})
    void givesNothingRatherThanAWrongInstant(String text) {
        assertThat(FeedDates.parse(text)).isEmpty();
    }
}
