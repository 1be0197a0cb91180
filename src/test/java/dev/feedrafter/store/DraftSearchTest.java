package dev.feedrafter.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Source;
import dev.feedrafter.story.StoryIdentity;
import dev.feedrafter.testing.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inbox's query and the login sessions, on H2 and on a real PostgreSQL. */
class DraftSearchTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    static Path dir;

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("H2", (Supplier<StoreConfig>) () -> new StoreConfig(
                        "jdbc:h2:file:" + dir.resolve("search" + DATABASES.incrementAndGet()), null, null, false)),
                Arguments.of("PostgreSQL", (Supplier<StoreConfig>) () -> new StoreConfig(
                        EmbeddedPostgres.newDatabase("search" + DATABASES.incrementAndGet()), null, null, false)));
    }

    private static long draft(Database db, String feed, String title, List<String> services, List<String> topics,
                              double relevance, Instant at) {
        return db.transaction(s -> {
            Story story = s.stories().create(title, new StoryIdentity(null, "x.test/" + title.hashCode()), Evidence.UNKNOWN, at);
            s.entries().insert(feed, "id:" + title, Integer.toHexString(title.hashCode()).repeat(8).substring(0, 64),
                    "https://x.test/a", title, at, story.id(), EntryRepository.Outcome.DRAFTED, null, null, at);
            FrontMatter meta = new FrontMatter(title, "s" + Math.abs(title.hashCode()), services, topics, relevance,
                    List.of(), List.of(new Source("Outlet 100%", title, "https://x.test/a", null, null)),
                    Evidence.UNKNOWN, null, null);
            return s.drafts().create(story.id(), meta, "Body about " + title, at).id();
        });
    }

    private static List<String> titles(Database db, DraftQuery query) {
        return db.read(s -> s.drafts().search(query)).stream().map(d -> d.meta().title()).toList();
    }

    private static DraftQuery query(Set<DraftStatus> statuses, String service, String topic, String feed, String text,
                                    DraftRepository.Sort sort) {
        return new DraftQuery(statuses, service, topic, feed, text, sort, 10, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void filtersSearchesSortsAndPages(String name, Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            draft(db, "Feed A", "Ketamine and mood", List.of("Ketamine infusion therapy"), List.of("depression"), 0.9,
                    NOW.minusSeconds(300));
            long tms = draft(db, "Feed B", "TMS for teens", List.of("TMS therapy"), List.of("depression", "sleep"), 0.5,
                    NOW.minusSeconds(200));
            draft(db, "", "Imported walking study", List.of(), List.of("resilience"), 0.7, NOW.minusSeconds(100));
            db.transaction(s -> s.drafts().setStatus(tms, DraftStatus.APPROVED, "alex", null, NOW));
            var newest = DraftRepository.Sort.NEWEST;

            assertThat(titles(db, query(Set.of(), null, null, null, null, newest)))
                    .containsExactly("Imported walking study", "TMS for teens", "Ketamine and mood");
            assertThat(titles(db, query(Set.of(), null, null, null, null, DraftRepository.Sort.RELEVANCE)))
                    .containsExactly("Ketamine and mood", "Imported walking study", "TMS for teens");
            assertThat(titles(db, query(Set.of(DraftStatus.NEW, DraftStatus.PICKED), null, null, null, null, newest)))
                    .containsExactly("Imported walking study", "Ketamine and mood");
            assertThat(titles(db, query(Set.of(), "tms THERAPY", null, null, null, newest))).containsExactly("TMS for teens");
            assertThat(titles(db, query(Set.of(), "TMS", null, null, null, newest))).as("whole names only").isEmpty();
            assertThat(titles(db, query(Set.of(), null, "depression", null, null, newest)))
                    .containsExactly("TMS for teens", "Ketamine and mood");
            assertThat(titles(db, query(Set.of(), null, null, "Feed B", null, newest))).containsExactly("TMS for teens");
            assertThat(titles(db, query(Set.of(), null, null, "", null, newest))).containsExactly("Imported walking study");
            assertThat(titles(db, query(Set.of(), null, null, null, "  KETAMINE mood ", newest)))
                    .containsExactly("Ketamine and mood");
            assertThat(titles(db, query(Set.of(), null, null, null, "outlet 100%", newest))).hasSize(3);
            assertThat(titles(db, query(Set.of(), null, null, null, "100_", newest))).isEmpty();
            int depression = db.read(s -> s.drafts().count(query(Set.of(), null, "depression", null, null, newest)));
            assertThat(depression).isEqualTo(2);
            List<Draft> second = db.read(s -> s.drafts().search(new DraftQuery(Set.of(), null, null, null, null, newest, 2, 2)));
            assertThat(second).extracting(d -> d.meta().title()).containsExactly("Ketamine and mood");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void keepsSessionsByTokenHashUntilTheyAreDeletedOrIdle(String name, Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            db.transaction(s -> {
                s.sessions().create("a".repeat(64), "alex", "csrf-a", NOW);
                s.sessions().create("b".repeat(64), "sam", "csrf-b", NOW.minusSeconds(7200));
                return null;
            });
            Optional<SessionRepository.StoredSession> a = db.read(s -> s.sessions().find("a".repeat(64)));
            assertThat(a).hasValueSatisfying(x -> {
                assertThat(x.editor()).isEqualTo("alex");
                assertThat(x.csrfToken()).isEqualTo("csrf-a");
                assertThat(x.lastSeenAt()).isEqualTo(NOW);
            });
            db.transaction(s -> {
                s.sessions().touch("a".repeat(64), NOW.plusSeconds(60));
                return null;
            });
            Instant touched = db.read(s -> s.sessions().find("a".repeat(64))).orElseThrow().lastSeenAt();
            assertThat(touched).isEqualTo(NOW.plusSeconds(60));
            int removed = db.transaction(s -> s.sessions().deleteIdleSince(NOW.minusSeconds(3600)));
            assertThat(removed).isEqualTo(1);
            Optional<SessionRepository.StoredSession> b = db.read(s -> s.sessions().find("b".repeat(64)));
            assertThat(b).isEmpty();
            db.transaction(s -> {
                s.sessions().delete("a".repeat(64));
                return null;
            });
            Optional<SessionRepository.StoredSession> gone = db.read(s -> s.sessions().find("a".repeat(64)));
            assertThat(gone).isEmpty();
        }
    }
}
