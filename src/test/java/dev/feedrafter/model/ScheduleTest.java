package dev.feedrafter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void theIntervalOfACronIsItsShortestGap() {
        assertThat(Schedule.every(Duration.ofMinutes(45)).interval()).isEqualTo(Duration.ofMinutes(45));
        assertThat(Schedule.cron("0 0/10 * * * ?").interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(Schedule.cron("0 0 9,17 * * ?").interval()).isEqualTo(Duration.ofHours(8));
        assertThat(Schedule.cron("0/2 * * * * ?").interval()).isEqualTo(Duration.ofSeconds(2));
    }
}
