package dev.feedrafter.store;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.util.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Drafts, their workflow state and every version an editor saved. */
public final class DraftRepository {
    private static final RowMapper<Draft> MAPPER = (rs, ctx) -> new Draft(rs.getLong("id"), rs.getLong("story_id"),
            DraftStatus.parse(rs.getString("status")).orElse(DraftStatus.NEW),
            StoredJson.read(rs.getString("meta_json"), FrontMatter.class), rs.getString("body_markdown"),
            rs.getInt("version"), rs.getBoolean("edited"), rs.getString("editor"), rs.getString("reject_reason"),
            Times.read(rs, "created_at"), Times.read(rs, "updated_at"));

    /** How a list of drafts is ordered. */
    public enum Sort { NEWEST, RELEVANCE }

    private final Handle h;

    DraftRepository(Handle handle) {
        this.h = handle;
    }

    public Optional<Draft> find(long id) {
        return h.createQuery("SELECT * FROM drafts WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    public Optional<Draft> findByStory(long storyId) {
        return h.createQuery("SELECT * FROM drafts WHERE story_id = :story").bind("story", storyId).map(MAPPER)
                .findOne();
    }

    /** Drafts with the given status (all when null), newest first or most relevant first. */
    public List<Draft> list(DraftStatus status, Sort sort) {
        String order = sort == Sort.RELEVANCE ? "relevance DESC, created_at DESC, id DESC" : "created_at DESC, id DESC";
        if (status == null) {
            return h.createQuery("SELECT * FROM drafts ORDER BY " + order).map(MAPPER).list();
        }
        return h.createQuery("SELECT * FROM drafts WHERE status = :status ORDER BY " + order)
                .bind("status", status.label()).map(MAPPER).list();
    }

    /** Stores a new draft (version 1); its slug is made unique by a numeric suffix when needed. */
    public Draft create(long storyId, FrontMatter meta, String body, Instant now) {
        FrontMatter unique = meta.withSlug(uniqueSlug(meta.slug()));
        long id = h.createUpdate("INSERT INTO drafts (story_id, status, title, slug, relevance, meta_json, "
                        + "body_markdown, version, edited, created_at, updated_at) VALUES (:story, 'new', :title, :slug, "
                        + ":relevance, :meta, :body, 1, FALSE, :now, :now)")
                .bind("story", storyId).bind("title", Texts.truncate(unique.title(), 1000))
                .bind("slug", unique.slug()).bind("relevance", unique.relevance())
                .bind("meta", StoredJson.write(unique)).bind("body", body).bind("now", Times.utc(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return find(id).orElseThrow();
    }

    /**
     * The pipeline's update of a draft: new front matter always (e.g. another outlet), the body only while
     * no editor has changed it. The slug never changes once given.
     */
    public Draft refresh(long id, FrontMatter meta, String body, Instant now) {
        Draft current = find(id).orElseThrow(() -> new StoreException("no draft " + id));
        FrontMatter kept = meta.withSlug(current.meta().slug());
        h.createUpdate("UPDATE drafts SET title = :title, relevance = :relevance, meta_json = :meta, "
                        + "body_markdown = CASE WHEN edited THEN body_markdown ELSE :body END, updated_at = :now "
                        + "WHERE id = :id")
                .bind("id", id).bind("title", Texts.truncate(kept.title(), 1000)).bind("relevance", kept.relevance())
                .bind("meta", StoredJson.write(kept)).bind("body", body).bind("now", Times.utc(now)).execute();
        return find(id).orElseThrow();
    }

    /** Moves a draft to another status; returns false when the draft does not exist. */
    public boolean setStatus(long id, DraftStatus status, String editor, String reason, Instant now) {
        return h.createUpdate("UPDATE drafts SET status = :status, editor = COALESCE(:editor, editor), "
                        + "reject_reason = :reason, updated_at = :now WHERE id = :id")
                .bind("id", id).bind("status", status.label()).bind("editor", editor)
                .bind("reason", Texts.truncate(reason, 2000)).bind("now", Times.utc(now)).execute() == 1;
    }

    /**
     * Stores an editor's new body as the next version, only if {@code expectedVersion} is still current;
     * returns false when someone saved in between (nothing is written then).
     */
    public boolean edit(long id, String body, int expectedVersion, String editor, Instant now) {
        return edit(id, body, null, expectedVersion, editor, now);
    }

    /** As {@link #edit(long, String, int, String, Instant)}, also replacing the front matter unless it is null. */
    public boolean edit(long id, String body, FrontMatter meta, int expectedVersion, String editor, Instant now) {
        int updated = h.createUpdate("UPDATE drafts SET body_markdown = :body, version = version + 1, edited = TRUE, "
                        + "meta_json = COALESCE(:meta, meta_json), editor = COALESCE(:editor, editor), "
                        + "updated_at = :now WHERE id = :id AND version = :version")
                .bind("id", id).bind("body", body).bind("meta", meta == null ? null : StoredJson.write(meta))
                .bind("version", expectedVersion).bind("editor", editor).bind("now", Times.utc(now)).execute();
        if (updated == 1) {
            h.createUpdate("INSERT INTO draft_versions (draft_id, version, body_markdown, editor, created_at) "
                            + "VALUES (:id, :version, :body, :editor, :now)")
                    .bind("id", id).bind("version", expectedVersion + 1).bind("body", body).bind("editor", editor)
                    .bind("now", Times.utc(now)).execute();
        }
        return updated == 1;
    }

    private String uniqueSlug(String slug) {
        String candidate = slug;
        for (int n = 2; slugTaken(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(String slug) {
        return h.createQuery("SELECT COUNT(*) FROM drafts WHERE slug = :slug").bind("slug", slug)
                .mapTo(Integer.class).one() > 0;
    }
}
