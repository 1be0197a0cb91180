package dev.feedrafter.store;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Source;
import dev.feedrafter.story.SimHash;
import dev.feedrafter.story.StoryIdentity;
import dev.feedrafter.util.Texts;
import java.time.Duration;
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
            rs.getString("doi"), rs.getString("pmid"), rs.getString("nct_id"), rs.getString("url_key"),
            rs.getObject("fingerprint") == null ? null : rs.getLong("fingerprint"),
            Evidence.fromLabel(rs.getString("evidence")), Times.read(rs, "created_at"));
    /** Near-duplicate text is looked for among the stories of this many recent days. */
    private static final int NEAR_DUPLICATE_DAYS = 60;
    private static final int NEAR_DUPLICATE_CANDIDATES = 5000;
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

    /**
     * The story this identity belongs to: the same DOI, PubMed id or trial id, else the same canonical URL,
     * else near-identical title and summary among recent stories.
     */
    public Optional<Story> findByIdentity(StoryIdentity identity, Instant now) {
        for (String[] key : new String[][] {{"doi", identity.doi()}, {"pmid", identity.pmid()},
            {"nct_id", identity.nctId()}, {"url_key", identity.urlKey()}}) {
            if (key[1] != null) {
                Optional<Story> found = h.createQuery("SELECT * FROM stories WHERE " + key[0] + " = :value ORDER BY id")
                        .bind("value", key[1]).map(STORY).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return identity.fingerprint() == null ? Optional.empty() : nearDuplicate(identity.fingerprint(), now);
    }

    private Optional<Story> nearDuplicate(long fingerprint, Instant now) {
        Story best = null;
        int bestDistance = StoryIdentity.NEAR_DUPLICATE_BITS + 1;
        for (Story s : h.createQuery("SELECT * FROM stories WHERE fingerprint IS NOT NULL AND created_at >= :since "
                        + "ORDER BY id DESC").bind("since", Times.utc(now.minus(Duration.ofDays(NEAR_DUPLICATE_DAYS))))
                .setMaxRows(NEAR_DUPLICATE_CANDIDATES).map(STORY).list()) {
            int d = SimHash.distance(fingerprint, s.fingerprint());
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Story> find(long id) {
        return h.createQuery("SELECT * FROM stories WHERE id = :id").bind("id", id).map(STORY).findOne();
    }

    public Story create(String title, StoryIdentity identity, Evidence evidence, Instant now) {
        long id = h.createUpdate("INSERT INTO stories (title, doi, pmid, nct_id, url_key, fingerprint, evidence, "
                        + "created_at) VALUES (:title, :doi, :pmid, :nct, :key, :fingerprint, :evidence, :now)")
                .bind("title", Texts.truncate(Texts.orEmpty(title), 1000)).bind("doi", identity.doi())
                .bind("pmid", identity.pmid()).bind("nct", identity.nctId()).bind("key", identity.urlKey())
                .bind("fingerprint", identity.fingerprint()).bind("evidence", evidence.label())
                .bind("now", Times.utc(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return find(id).orElseThrow();
    }

    /** Fills in identity parts a story was first seen without (a later outlet may name the DOI). */
    public void completeIdentity(long storyId, StoryIdentity identity) {
        h.createUpdate("UPDATE stories SET doi = COALESCE(doi, :doi), pmid = COALESCE(pmid, :pmid), "
                        + "nct_id = COALESCE(nct_id, :nct) WHERE id = :id")
                .bind("doi", identity.doi()).bind("pmid", identity.pmid()).bind("nct", identity.nctId())
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

    /**
     * Replaces a stored report with the outlet's newer version (new text, credit or address); keeps when it
     * was first added, so the story's lead report stays the same.
     */
    public void updateSource(long sourceId, Source source, Article article) {
        h.createUpdate("UPDATE story_sources SET outlet = :outlet, title = :title, url = :url, author = :author, "
                        + "published_at = :published, article_json = :article WHERE id = :id")
                .bind("id", sourceId).bind("outlet", Texts.truncate(source.name(), 300))
                .bind("url", Texts.truncate(source.url(), 2000))
                .bind("title", Texts.truncate(source.title(), 1000))
                .bind("author", Texts.truncate(source.author(), 1000))
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
