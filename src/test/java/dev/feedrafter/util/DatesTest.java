package dev.feedrafter.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsTheFormsPagesUse() {
        assertThat(Dates.parse("2026-11-20T14:05:00+00:00")).contains(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(Dates.parse("2026-11-20T09:05:00-0500")).contains(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(Dates.parse("2026-11-20")).contains(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(Dates.parse("2026/11/20")).contains(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(Dates.parse("Fri, 20 Nov 2026 14:05:00 GMT")).contains(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(Dates.parse("November 25, 2026")).contains(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(Dates.parse("Nov. 25, 2026")).contains(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(Dates.parse("14-Apr-2023")).contains(Instant.parse("2023-04-14T00:00:00Z"));
        assertThat(Dates.parse("not a date")).isEmpty();
    }

    @Test
    void findsAVisibleDateInRunningText() {
        assertThat(Dates.findIn("Posted on September 3, 2026 by Staff")).contains(Instant.parse("2026-09-03T00:00:00Z"));
    }
}
