package dev.feedrafter.web;

import dev.feedrafter.store.Database;
import dev.feedrafter.store.SessionRepository.StoredSession;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Login sessions, stored in the database (so they survive a restart and are shared by a cluster's nodes). The
 * cookie holds a random 256-bit token; the store keeps only its SHA-256. A session ends at logout, or after
 * {@code web.session_timeout} without use.
 */
public final class WebSessions {
    /** A logged-in editor and the CSRF token their forms and API calls must carry. */
    public record EditorSession(String editor, String csrfToken) {}

    /** A new session and the cookie value that opens it. */
    public record Opened(String token, EditorSession session) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen_at is written at most this often, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Duration timeout;
    private final Clock clock;

    public WebSessions(Database db, Duration timeout, Clock clock) {
        this.db = Check.notNull(db, "db");
        this.timeout = Check.notNull(timeout, "timeout");
        this.clock = Check.notNull(clock, "clock");
    }

    public Opened open(String editor) {
        Check.notBlank(editor, "editor");
        String token = randomToken();
        EditorSession session = new EditorSession(editor, randomToken());
        Instant now = clock.instant();
        db.transaction(s -> {
            s.sessions().deleteIdleSince(now.minus(timeout));
            s.sessions().create(Hashes.sha256(token), editor, session.csrfToken(), now);
            return null;
        });
        return new Opened(token, session);
    }

    /** The session of a cookie value; empty when unknown, ended or idle too long. */
    public Optional<EditorSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Hashes.sha256(token);
        Instant now = clock.instant();
        Optional<StoredSession> stored = db.read(s -> s.sessions().find(hash));
        if (stored.isEmpty() || stored.get().lastSeenAt().plus(timeout).isBefore(now)) {
            return Optional.empty();
        }
        if (stored.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            db.transaction(s -> {
                s.sessions().touch(hash, now);
                return null;
            });
        }
        return stored.map(s -> new EditorSession(s.editor(), s.csrfToken()));
    }

    public void close(String token) {
        if (token != null && !token.isBlank()) {
            db.transaction(s -> {
                s.sessions().delete(Hashes.sha256(token));
                return null;
            });
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
