package dev.feedrafter.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Editors' login sessions, by the SHA-256 of their cookie. */
public final class SessionRepository {
    /** A stored session: who is logged in, the token their forms must carry, and when it was last used. */
    public record StoredSession(String editor, String csrfToken, Instant createdAt, Instant lastSeenAt) {}

    private static final RowMapper<StoredSession> MAPPER = (rs, ctx) -> new StoredSession(rs.getString("editor"),
            rs.getString("csrf_token"), Times.read(rs, "created_at"), Times.read(rs, "last_seen_at"));

    private final Handle h;

    SessionRepository(Handle handle) {
        this.h = handle;
    }

    public void create(String tokenHash, String editor, String csrfToken, Instant now) {
        h.createUpdate("INSERT INTO web_sessions (token_hash, editor, csrf_token, created_at, last_seen_at) "
                        + "VALUES (:hash, :editor, :csrf, :now, :now)")
                .bind("hash", tokenHash).bind("editor", editor).bind("csrf", csrfToken).bind("now", Times.utc(now))
                .execute();
    }

    public Optional<StoredSession> find(String tokenHash) {
        return h.createQuery("SELECT * FROM web_sessions WHERE token_hash = :hash").bind("hash", tokenHash)
                .map(MAPPER).findOne();
    }

    public void touch(String tokenHash, Instant now) {
        h.createUpdate("UPDATE web_sessions SET last_seen_at = :now WHERE token_hash = :hash")
                .bind("hash", tokenHash).bind("now", Times.utc(now)).execute();
    }

    public void delete(String tokenHash) {
        h.createUpdate("DELETE FROM web_sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute();
    }

    /** Removes the sessions not used since {@code cutoff}; returns how many. */
    public int deleteIdleSince(Instant cutoff) {
        return h.createUpdate("DELETE FROM web_sessions WHERE last_seen_at < :cutoff")
                .bind("cutoff", Times.utc(cutoff)).execute();
    }
}
