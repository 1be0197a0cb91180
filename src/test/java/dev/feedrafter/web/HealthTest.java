package dev.feedrafter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.schedule.FeedScheduler.State;
import dev.feedrafter.store.FeedState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {
    private static FeedState feed(String name, int failures, boolean disabled) {
        return new FeedState(name, "https://a.test/", "https://a.test/", null, null, null, null,
                failures > 0 ? "HTTP 503" : null, null, failures, null, disabled, 0, disabled ? "gone" : null, null);
    }

    @Test
    void okWhenEverythingWorks() {
        Health health = Health.of(true, State.RUNNING, List.of(feed("A", 0, false)), List.of());
        assertThat(health.httpStatus()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "ok"));
    }

    @Test
    void degradedButServingWhileFeedsFailOrTheSchedulerIsPaused() {
        List<FeedState> feeds = List.of(feed("PsyPost", 3, false), feed("Nature", 1, false), feed("Old", 5, true),
                feed("Neuroscience News", 0, false));
        Health health = Health.of(true, State.PAUSED, feeds, List.of("feeds.yml:3:5: x", "feeds.yml:4:5: y"));
        assertThat(health.httpStatus()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "degraded");
        assertThat(health.reasons()).containsExactly("scheduler paused", "2 feeds failing: PsyPost, Nature",
                "1 feed disabled: Old", "feeds.yml has 2 problems; running the last good configuration");
    }

    @Test
    void manyFailingFeedsAreNamedUpToFive() {
        List<FeedState> feeds = List.of(feed("A", 1, false), feed("B", 1, false), feed("C", 1, false),
                feed("D", 1, false), feed("E", 1, false), feed("F", 1, false));
        assertThat(Health.of(true, State.RUNNING, feeds, List.of()).reasons())
                .containsExactly("6 feeds failing: A, B, C, D, E, …");
    }

    @Test
    void downWhenTheDatabaseOrTheSchedulerIsGone() {
        Health noDatabase = Health.of(false, State.RUNNING, List.of(), List.of());
        assertThat(noDatabase.httpStatus()).isEqualTo(503);
        assertThat(noDatabase.json()).isEqualTo(Map.of("status", "down", "reasons", List.of("database unreachable")));
        Health stopped = Health.of(true, State.STOPPED, List.of(feed("A", 2, false)), List.of());
        assertThat(stopped.httpStatus()).isEqualTo(503);
        assertThat(stopped.reasons()).containsExactly("scheduler stopped", "1 feed failing: A");
    }
}
