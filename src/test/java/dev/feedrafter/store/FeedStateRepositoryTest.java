package dev.feedrafter.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.testing.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A feed's fetch state through failures, 410s, disabling and a new URL, on H2 and on a real PostgreSQL. */
class FeedStateRepositoryTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    static Path dir;

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("H2", (Supplier<StoreConfig>) () -> new StoreConfig(
                        "jdbc:h2:file:" + dir.resolve("state" + DATABASES.incrementAndGet()), null, null, false)),
                Arguments.of("PostgreSQL", (Supplier<StoreConfig>) () -> new StoreConfig(
                        EmbeddedPostgres.newDatabase("state" + DATABASES.incrementAndGet()), null, null, false)));
    }

    private static FeedSource feed(String url) {
        return new FeedSource("Feed", URI.create(url), Schedule.every(Duration.ofMinutes(30)), true, 14, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void goneCountsDisablingAndANewUrl(String name, Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            db.transaction(s -> {
                FeedState fresh = s.feeds().ensure(feed("https://f.test/feed"));
                assertThat(fresh.goneInRow()).isZero();
                assertThat(fresh.isDue(NOW)).isTrue();
                assertThat(fresh.moved()).isFalse();
                s.feeds().recordSuccess("Feed", "https://f.test/moved", "\"e1\"", null, Duration.ofHours(1), NOW,
                        NOW.plusSeconds(1740));
                s.feeds().recordFailure("Feed", "HTTP 410 Gone", NOW, NOW.plusSeconds(1800), true);
                s.feeds().recordFailure("Feed", "HTTP 410 Gone", NOW, NOW.plusSeconds(3600), true);
                return null;
            });
            FeedState failing = db.read(s -> s.feeds().find("Feed")).orElseThrow();
            assertThat(failing.goneInRow()).isEqualTo(2);
            assertThat(failing.failuresInRow()).isEqualTo(2);
            assertThat(failing.moved()).isTrue();
            assertThat(failing.isDue(NOW.plusSeconds(3599))).isFalse();
            assertThat(failing.isDue(NOW.plusSeconds(3600))).isTrue();

            db.transaction(s -> {
                s.feeds().recordFailure("Feed", "HTTP 500", NOW, NOW.plusSeconds(7200), false);
                return null;
            });
            assertThat(db.read(s -> s.feeds().find("Feed")).orElseThrow().goneInRow()).isZero();

            db.transaction(s -> {
                s.feeds().disable("Feed", "HTTP 410 Gone 3 times in a row");
                return null;
            });
            FeedState disabled = db.read(s -> s.feeds().find("Feed")).orElseThrow();
            assertThat(disabled.disabled()).isTrue();
            assertThat(disabled.disabledReason()).isEqualTo("HTTP 410 Gone 3 times in a row");

            FeedState renewed = db.transaction(s -> s.feeds().ensure(feed("https://f.test/new-feed")));
            assertThat(renewed.disabled()).isFalse();
            assertThat(renewed.disabledReason()).isNull();
            assertThat(renewed.currentUrl()).isEqualTo("https://f.test/new-feed");
            assertThat(renewed.etag()).isNull();
            assertThat(renewed.ttl()).as("the TTL belonged to the old URL").isNull();
            assertThat(renewed.failuresInRow()).isZero();
            assertThat(renewed.nextAttemptAt()).isNull();
        }
    }
}
