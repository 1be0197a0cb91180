package dev.feedrafter.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Review;
import dev.feedrafter.model.SourceChange;
import dev.feedrafter.model.Schedule;
import dev.feedrafter.model.Source;
import dev.feedrafter.story.StoryIdentity;
import dev.feedrafter.testing.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dev.feedrafter.model.Draft;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The same repository operations on H2 and on a real PostgreSQL: the SQL must suit both. */
class StoreTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    static Path dir;

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("H2", (java.util.function.Supplier<StoreConfig>) () -> new StoreConfig(
                        "jdbc:h2:file:" + dir.resolve("db" + DATABASES.incrementAndGet()), null, null, false)),
                Arguments.of("PostgreSQL", (java.util.function.Supplier<StoreConfig>) () -> new StoreConfig(
                        EmbeddedPostgres.newDatabase("store" + DATABASES.incrementAndGet()), null, null, false)));
    }

    private static Article article(String url) {
        return new Article(url, url, "Title ✓ “quoted”", List.of("Ann"), NOW, null, "Site", "en", "d", "s", List.of("f"),
                "Body", "<p>Body</p>", null, "Uni", new Citation("A B", "T", "J", 2026, "10.1/x"), null, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void storesAndReadsBackEverything(String name, java.util.function.Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            assertThat(db.isReachable()).isTrue();
            FeedSource feed = new FeedSource("Feed", URI.create("https://f.test/feed"), Schedule.every(Duration.ofHours(1)),
                    true, 14, List.of());
            FeedState state = db.transaction(s -> s.feeds().ensure(feed));
            assertThat(state.isNew()).isTrue();
            db.transaction(s -> {
                s.feeds().recordSuccess("Feed", "https://f.test/new", "\"etag\"", "Fri, 20 Nov 2026 10:00:00 GMT",
                        Duration.ofMinutes(90), NOW, NOW.plusSeconds(3600));
                return null;
            });
            FeedState after = db.read(s -> s.feeds().find("Feed")).orElseThrow();
            assertThat(after.lastSuccessAt()).isEqualTo(NOW);
            assertThat(after.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));
            assertThat(after.etag()).isEqualTo("\"etag\"");
            assertThat(after.ttl()).isEqualTo(Duration.ofMinutes(90));

            StoryIdentity identity = new StoryIdentity("10.1/x", "f.test/a");
            long draftId = db.transaction(s -> {
                Story story = s.stories().create("Title", identity, Evidence.ANIMAL, NOW);
                Source source = new Source("Site", "Title", "https://f.test/a", "Ann", LocalDate.of(2026, 11, 20));
                s.stories().addSource(story.id(), source, article("https://f.test/a"), NOW);
                s.entries().insert("Feed", "id:1", "a".repeat(64), "https://f.test/a", "Title", NOW, story.id(),
                        EntryRepository.Outcome.DRAFTED, null, "f".repeat(64), NOW);
                FrontMatter meta = new FrontMatter("Headline “ü”", "title", List.of("S"), List.of("t"), 0.5, List.of(),
                        List.of(source), Evidence.ANIMAL, new Citation("A B", "T", "J", 2026, "10.1/x"), null);
                return s.drafts().create(story.id(), meta, "Body ✓", NOW).id();
            });
            SeenEntry seen = db.read(s -> s.entries().find("Feed", "a".repeat(64))).orElseThrow();
            assertThat(seen.fingerprint()).isEqualTo("f".repeat(64));
            assertThat(seen.tooOld()).isFalse();
            Optional<SeenEntry> byLink = db.read(s -> s.entries().findByUrl("Feed", "f.test/a"));
            assertThat(byLink).contains(seen);
            Optional<Story> byDoi = db.read(s -> s.stories().findByIdentity(new StoryIdentity("10.1/x", null), NOW));
            Optional<Story> byUrl = db.read(s -> s.stories().findByIdentity(new StoryIdentity(null, "f.test/a"), NOW));
            assertThat(byDoi).isPresent();
            assertThat(byUrl).isPresent();
            var sources = db.read(s -> s.stories().sources(1));
            assertThat(sources).singleElement().satisfies(x -> {
                assertThat(x.article().title()).isEqualTo("Title ✓ “quoted”");
                assertThat(x.source().published()).isEqualTo(LocalDate.of(2026, 11, 20));
            });

            var draft = db.read(s -> s.drafts().find(draftId)).orElseThrow();
            assertThat(draft.meta().title()).isEqualTo("Headline “ü”");
            assertThat(draft.bodyMarkdown()).isEqualTo("Body ✓");
            assertThat(draft.createdAt()).isEqualTo(NOW);

            boolean firstEdit = db.transaction(s -> s.drafts().edit(draftId, "Edited", 1, "alex", NOW));
            boolean staleEdit = db.transaction(s -> s.drafts().edit(draftId, "Stale", 1, "sam", NOW));
            assertThat(firstEdit).isTrue();
            assertThat(staleEdit).isFalse();
            db.transaction(s -> s.drafts().refresh(draftId, draft.meta(), "Regenerated", NOW));
            var edited = db.read(s -> s.drafts().find(draftId)).orElseThrow();
            assertThat(edited.bodyMarkdown()).isEqualTo("Edited");
            assertThat(edited.version()).isEqualTo(2);
            assertThat(edited.editor()).as("an edit does not assign the draft").isNull();
            Optional<String> savedBy = db.read(s -> s.drafts().savedBy(draftId, 2));
            Optional<String> generatedBy = db.read(s -> s.drafts().savedBy(draftId, 1));
            assertThat(savedBy).contains("alex");
            assertThat(generatedBy).isEmpty();

            db.transaction(s -> s.drafts().setStatus(draftId, DraftStatus.REJECTED, null, "no", NOW));
            List<Draft> rejected = db.read(s -> s.drafts().list(DraftStatus.REJECTED, DraftRepository.Sort.RELEVANCE));
            List<Draft> fresh = db.read(s -> s.drafts().list(DraftStatus.NEW, DraftRepository.Sort.NEWEST));
            assertThat(rejected).hasSize(1);
            assertThat(fresh).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void givesEachDraftAUniqueSlug(String name, java.util.function.Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            List<String> slugs = db.transaction(s -> Stream.of("a", "b", "c").map(x -> {
                Story story = s.stories().create(x, new StoryIdentity(null, x), Evidence.UNKNOWN, NOW);
                FrontMatter meta = new FrontMatter("T", "same-title", List.of(), List.of(), 0, List.of(), List.of(),
                        Evidence.UNKNOWN, null, null);
                return s.drafts().create(story.id(), meta, "b", NOW).meta().slug();
            }).toList());
            assertThat(slugs).containsExactly("same-title", "same-title-2", "same-title-3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void keepsReviewsSourceChangesAndCrossrefAnswers(String name, java.util.function.Supplier<StoreConfig> store) {
        try (Database db = Database.open(store.get())) {
            Source source = new Source("Site", "Title", "https://f.test/a", null, LocalDate.of(2026, 11, 20));
            Review review = new Review(List.of(new Flag(Flag.Kind.DOSING, "5 mg", "Take 5 mg.")), 12, 0.25);
            FrontMatter meta = new FrontMatter("T", "t", List.of(), List.of(), 0, List.of(), List.of(source),
                    Evidence.ANIMAL, null, null, review, List.of(new SourceChange(NOW, SourceChange.Change.ADDED,
                    source)));
            long id = db.transaction(s -> {
                Story story = s.stories().create("T", new StoryIdentity(null, "f.test/a"), Evidence.ANIMAL, NOW);
                return s.drafts().create(story.id(), meta, "Body", NOW).id();
            });
            Draft stored = db.read(s -> s.drafts().find(id)).orElseThrow();
            assertThat(stored.meta().review()).isEqualTo(review);
            assertThat(stored.meta().sourceChanges()).isEqualTo(meta.sourceChanges());

            boolean edited = db.transaction(s -> s.drafts().edit(id, "Edited", meta.withSourceChanges(List.of()), 1,
                    "alex", NOW));
            assertThat(edited).isTrue();
            assertThat(db.read(s -> s.drafts().find(id)).orElseThrow().meta().sourceChanges()).isEmpty();

            Citation citation = new Citation("Doe J", "Paper", "Journal", 2026, "10.1/x");
            db.transaction(s -> {
                s.crossref().put("10.1/X", citation, NOW);
                s.crossref().put("10.1/none", null, NOW);
                s.crossref().put("10.1/none", null, NOW.plusSeconds(60));
                return null;
            });
            assertThat(db.read(s -> s.crossref().find("10.1/x")).orElseThrow().citation()).isEqualTo(citation);
            var none = db.read(s -> s.crossref().find("10.1/NONE")).orElseThrow();
            assertThat(none.citation()).isNull();
            assertThat(none.fetchedAt()).isEqualTo(NOW.plusSeconds(60));
            Optional<CrossrefCacheRepository.Cached> other = db.read(s -> s.crossref().find("10.1/other"));
            assertThat(other).isEmpty();
        }
    }

    /** Two polls meeting one study at once: the second insert conflicts, is retried, and joins the first story. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aStudyMetByTwoPollsAtOnceIsStoredOnce(String name, java.util.function.Supplier<StoreConfig> store)
            throws Exception {
        try (Database db = Database.open(store.get())) {
            StoryIdentity identity = new StoryIdentity("10.1/same", null, null, "a.test/x", null);
            var firstHoldsIt = new java.util.concurrent.CountDownLatch(1);
            var secondLooked = new java.util.concurrent.CountDownLatch(1);
            var attempts = new java.util.concurrent.atomic.AtomicInteger();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> db.transaction(s -> {
                    Story created = s.stories().create("First", identity, Evidence.UNKNOWN, NOW);
                    firstHoldsIt.countDown();
                    await(secondLooked);
                    return created;
                }));
                await(firstHoldsIt);
                var second = pool.submit(() -> db.transactionRetryingConflict(s -> {
                    Optional<Story> found = s.stories().findByIdentity(identity, NOW);
                    if (attempts.incrementAndGet() == 1) {
                        assertThat(found).isEmpty();  // the first transaction has not committed yet
                        secondLooked.countDown();
                    }
                    return found.orElseGet(() -> s.stories().create("Second", identity, Evidence.UNKNOWN, NOW));
                }));
                assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS).id())
                        .isEqualTo(first.get(60, java.util.concurrent.TimeUnit.SECONDS).id());
                assertThat(attempts).hasValue(2);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
