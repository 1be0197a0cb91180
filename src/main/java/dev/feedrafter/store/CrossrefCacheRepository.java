package dev.feedrafter.store;

import dev.feedrafter.model.Citation;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Crossref's answers by DOI: the citation it gave, or that it does not know the DOI. */
public final class CrossrefCacheRepository {
    private final Handle h;

    CrossrefCacheRepository(Handle handle) {
        this.h = handle;
    }

    /** A remembered answer: {@code citation} is null when Crossref did not know the DOI. */
    public record Cached(Citation citation, Instant fetchedAt) {}

    public Optional<Cached> find(String doi) {
        return h.createQuery("SELECT * FROM crossref_works WHERE doi = :doi").bind("doi", key(doi))
                .map((rs, ctx) -> new Cached(rs.getBoolean("found")
                        ? StoredJson.read(rs.getString("citation_json"), Citation.class) : null,
                        Times.read(rs, "fetched_at")))
                .findOne();
    }

    /** Remembers an answer; {@code citation} null means "not found". Replaces an older answer. */
    public void put(String doi, Citation citation, Instant now) {
        h.createUpdate("DELETE FROM crossref_works WHERE doi = :doi").bind("doi", key(doi)).execute();
        h.createUpdate("INSERT INTO crossref_works (doi, found, citation_json, fetched_at) "
                        + "VALUES (:doi, :found, :json, :now)")
                .bind("doi", key(doi)).bind("found", citation != null)
                .bind("json", citation == null ? null : StoredJson.write(citation)).bind("now", Times.utc(now))
                .execute();
    }

    private static String key(String doi) {
        return doi.strip().toLowerCase(Locale.ROOT);
    }
}
