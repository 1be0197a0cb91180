package dev.feedrafter.store;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Source;
import dev.feedrafter.story.StoryIdentity;
import dev.feedrafter.util.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Stories and the outlets' reports that make them up. */
public final class StoryRepository {
    private static final RowMapper<Story> STORY = (rs, ctx) -> new Story(rs.getLong("id"), rs.getString("title"),
            rs.getString("doi"), rs.getString("url_key"), Evidence.fromLabel(rs.getString("evidence")),
            Times.read(rs, "created_at"));
    private static final RowMapper<StoredSource> SOURCE = (rs, ctx) -> {
        Instant published = Times.read(rs, "published_at");
        return new StoredSource(rs.getLong("id"), rs.getLong("story_id"), new Source(rs.getString("outlet"),
                rs.getString("title"), rs.getString("url"), rs.getString("author"),
                published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC)),
                StoredJson.read(rs.getString("article_json"), Article.class), Times.read(rs, "added_at"));
    };

    private final Handle h;

    StoryRepository(Handle handle) {
        this.h = handle;
    }

    /** The story this identity belongs to: same DOI first, else same canonical URL. */
    public Optional<Story> findByIdentity(StoryIdentity identity) {
        if (identity.doi() != null) {
            Optional<Story> byDoi = h.createQuery("SELECT * FROM stories WHERE doi = :doi ORDER BY id")
                    .bind("doi", identity.doi()).map(STORY).findFirst();
            if (byDoi.isPresent()) {
                return byDoi;
            }
        }
        if (identity.urlKey() != null) {
            return h.createQuery("SELECT * FROM stories WHERE url_key = :key ORDER BY id")
                    .bind("key", identity.urlKey()).map(STORY).findFirst();
        }
        return Optional.empty();
    }

    public Optional<Story> find(long id) {
        return h.createQuery("SELECT * FROM stories WHERE id = :id").bind("id", id).map(STORY).findOne();
    }

    public Story create(String title, StoryIdentity identity, Evidence evidence, Instant now) {
        long id = h.createUpdate("INSERT INTO stories (title, doi, url_key, evidence, created_at) "
                        + "VALUES (:title, :doi, :key, :evidence, :now)")
                .bind("title", Texts.truncate(Texts.orEmpty(title), 1000)).bind("doi", identity.doi())
                .bind("key", identity.urlKey()).bind("evidence", evidence.label()).bind("now", Times.utc(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return find(id).orElseThrow();
    }

    /** Fills in the DOI of a story first seen without one. */
    public void setDoiIfMissing(long storyId, String doi) {
        h.createUpdate("UPDATE stories SET doi = :doi WHERE id = :id AND doi IS NULL").bind("doi", doi)
                .bind("id", storyId).execute();
    }

    public void addSource(long storyId, Source source, Article article, Instant now) {
        h.createUpdate("INSERT INTO story_sources (story_id, outlet, title, url, author, published_at, article_json, "
                        + "added_at) VALUES (:story, :outlet, :title, :url, :author, :published, :article, :now)")
                .bind("story", storyId).bind("outlet", Texts.truncate(source.name(), 300))
                .bind("title", Texts.truncate(source.title(), 1000)).bind("url", Texts.truncate(source.url(), 2000))
                .bind("author", Texts.truncate(source.author(), 1000))
                .bind("published", source.published() == null ? null
                        : Times.utc(source.published().atStartOfDay().toInstant(ZoneOffset.UTC)))
                .bind("article", StoredJson.write(article)).bind("now", Times.utc(now)).execute();
    }

    /** Replaces a stored report with its newer version (same address, new credit or text); keeps when it was added. */
    public void updateSource(long sourceId, Source source, Article article) {
        h.createUpdate("UPDATE story_sources SET outlet = :outlet, title = :title, author = :author, "
                        + "published_at = :published, article_json = :article WHERE id = :id")
                .bind("id", sourceId).bind("outlet", Texts.truncate(source.name(), 300))
                .bind("title", Texts.truncate(source.title(), 1000)).bind("author", Texts.truncate(source.author(), 1000))
                .bind("published", source.published() == null ? null
                        : Times.utc(source.published().atStartOfDay().toInstant(ZoneOffset.UTC)))
                .bind("article", StoredJson.write(article)).execute();
    }

    /** The story's reports, newest first (by publication date, then by when they were added). */
    public List<StoredSource> sources(long storyId) {
        return h.createQuery("SELECT * FROM story_sources WHERE story_id = :story "
                        + "ORDER BY published_at DESC NULLS LAST, added_at DESC, id DESC")
                .bind("story", storyId).map(SOURCE).list();
    }
}
