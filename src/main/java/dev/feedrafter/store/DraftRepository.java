package dev.feedrafter.store;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.util.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

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

    /** One page of the drafts {@code query} asks for. */
    public List<Draft> search(DraftQuery query) {
        String order = query.sort() == Sort.RELEVANCE ? "d.relevance DESC, d.created_at DESC, d.id DESC"
                : "d.created_at DESC, d.id DESC";
        var select = h.createQuery("SELECT d.* FROM drafts d" + where(query) + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset");
        bindFilters(select, query);
        return select.bind("limit", query.limit()).bind("offset", query.offset()).map(MAPPER).list();
    }

    /** How many drafts {@code query} matches, on all pages. */
    public int count(DraftQuery query) {
        var select = h.createQuery("SELECT COUNT(*) FROM drafts d" + where(query));
        bindFilters(select, query);
        return select.mapTo(Integer.class).one();
    }

    private static String where(DraftQuery q) {
        List<String> conditions = new ArrayList<>();
        if (!q.statuses().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < q.statuses().size(); i++) {
                names.add(":status" + i);
            }
            conditions.add("d.status IN (" + String.join(", ", names) + ")");
        }
        if (q.service() != null) {
            conditions.add("d.labels LIKE :service ESCAPE '!'");
        }
        if (q.topic() != null) {
            conditions.add("d.labels LIKE :topic ESCAPE '!'");
        }
        if (q.feed() != null) {
            conditions.add("EXISTS (SELECT 1 FROM entries e WHERE e.story_id = d.story_id AND e.feed_name = :feed)");
        }
        for (int i = 0; i < q.words().size(); i++) {
            String word = ":word" + i;
            conditions.add("(LOWER(d.title) LIKE " + word + " ESCAPE '!' OR LOWER(d.body_markdown) LIKE " + word
                    + " ESCAPE '!' OR LOWER(d.meta_json) LIKE " + word + " ESCAPE '!')");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bindFilters(SqlStatement<?> statement, DraftQuery q) {
        List<DraftStatus> statuses = q.statuses().stream().sorted().toList();
        for (int i = 0; i < statuses.size(); i++) {
            statement.bind("status" + i, statuses.get(i).label());
        }
        if (q.service() != null) {
            statement.bind("service", "%" + likeEscape(label("s", q.service())) + "%");
        }
        if (q.topic() != null) {
            statement.bind("topic", "%" + likeEscape(label("t", q.topic())) + "%");
        }
        if (q.feed() != null) {
            statement.bind("feed", q.feed());
        }
        List<String> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            statement.bind("word" + i, "%" + likeEscape(words.get(i)) + "%");
        }
    }

    /** Text that LIKE reads literally: '!' is the escape character (a backslash would confuse Jdbi's parser). */
    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** One service ("s") or topic ("t") as the labels column holds it, between bars: "s:ketamine infusion therapy". */
    private static String item(String kind, String name) {
        return kind + ":" + name.replace("|", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String label(String kind, String name) {
        return "|" + item(kind, name) + "|";
    }

    /** The labels column of a draft with this front matter: "|s:tms therapy|t:depression|". */
    static String labels(FrontMatter meta) {
        List<String> items = new ArrayList<>();
        meta.services().forEach(s -> items.add(item("s", s)));
        meta.topics().forEach(t -> items.add(item("t", t)));
        return Texts.truncate("|" + String.join("|", items) + "|", 8000);
    }

    /** Fills the labels of drafts stored before the column existed; returns how many. */
    public int fillMissingLabels() {
        List<Draft> missing = h.createQuery("SELECT * FROM drafts WHERE labels IS NULL").map(MAPPER).list();
        for (Draft d : missing) {
            h.createUpdate("UPDATE drafts SET labels = :labels WHERE id = :id").bind("id", d.id())
                    .bind("labels", labels(d.meta())).execute();
        }
        return missing.size();
    }

    /** Stores a new draft (version 1); its slug is made unique by a numeric suffix when needed. */
    public Draft create(long storyId, FrontMatter meta, String body, Instant now) {
        FrontMatter unique = meta.withSlug(uniqueSlug(meta.slug()));
        long id = h.createUpdate("INSERT INTO drafts (story_id, status, title, slug, relevance, meta_json, labels, "
                        + "body_markdown, version, edited, created_at, updated_at) VALUES (:story, 'new', :title, :slug, "
                        + ":relevance, :meta, :labels, :body, 1, FALSE, :now, :now)")
                .bind("story", storyId).bind("title", Texts.truncate(unique.title(), 1000))
                .bind("slug", unique.slug()).bind("relevance", unique.relevance())
                .bind("meta", StoredJson.write(unique)).bind("labels", labels(unique)).bind("body", body)
                .bind("now", Times.utc(now))
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
        h.createUpdate("UPDATE drafts SET title = :title, relevance = :relevance, meta_json = :meta, labels = :labels, "
                        + "body_markdown = CASE WHEN edited THEN body_markdown ELSE :body END, updated_at = :now "
                        + "WHERE id = :id")
                .bind("id", id).bind("title", Texts.truncate(kept.title(), 1000)).bind("relevance", kept.relevance())
                .bind("meta", StoredJson.write(kept)).bind("labels", labels(kept)).bind("body", body).bind("now", Times.utc(now)).execute();
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
     * returns false when someone saved in between (nothing is written then). {@code editor} (may be null) is
     * recorded with the version; the draft's assignee does not change.
     */
    public boolean edit(long id, String body, int expectedVersion, String editor, Instant now) {
        return edit(id, body, null, expectedVersion, editor, now);
    }

    /** As {@link #edit(long, String, int, String, Instant)}, also replacing the front matter unless it is null. */
    public boolean edit(long id, String body, FrontMatter meta, int expectedVersion, String editor, Instant now) {
        int updated = h.createUpdate("UPDATE drafts SET body_markdown = :body, version = version + 1, edited = TRUE, "
                        + "meta_json = COALESCE(:meta, meta_json), updated_at = :now WHERE id = :id AND version = :version")
                .bind("id", id).bind("body", body).bind("meta", meta == null ? null : StoredJson.write(meta))
                .bind("version", expectedVersion).bind("now", Times.utc(now)).execute();
        if (updated == 1) {
            h.createUpdate("INSERT INTO draft_versions (draft_id, version, body_markdown, editor, created_at) "
                            + "VALUES (:id, :version, :body, :editor, :now)")
                    .bind("id", id).bind("version", expectedVersion + 1).bind("body", body).bind("editor", editor)
                    .bind("now", Times.utc(now)).execute();
        }
        return updated == 1;
    }

    /** Who saved this version of a draft's body; empty for the generated version 1 or an unnamed editor. */
    public Optional<String> savedBy(long id, int version) {
        return h.createQuery("SELECT editor FROM draft_versions WHERE draft_id = :id AND version = :version")
                .bind("id", id).bind("version", version).mapTo(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
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
