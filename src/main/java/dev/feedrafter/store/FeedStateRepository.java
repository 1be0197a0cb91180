package dev.feedrafter.store;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.util.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Per-feed state: validators, current URL and health. */
public final class FeedStateRepository {
    private static final RowMapper<FeedState> MAPPER = (rs, ctx) -> new FeedState(rs.getString("name"),
            rs.getString("configured_url"), rs.getString("current_url"), rs.getString("etag"),
            rs.getString("last_modified"), Times.read(rs, "last_polled_at"), Times.read(rs, "last_success_at"),
            rs.getString("last_error"), Times.read(rs, "last_error_at"), rs.getInt("failures_in_row"),
            Times.read(rs, "next_attempt_at"), rs.getBoolean("disabled"), rs.getInt("gone_in_row"),
            rs.getString("disabled_reason"), ttl(rs.getObject("ttl_seconds", Long.class)));

    private final Handle h;

    FeedStateRepository(Handle handle) {
        this.h = handle;
    }

    public Optional<FeedState> find(String name) {
        return h.createQuery("SELECT * FROM feed_state WHERE name = :name").bind("name", name).map(MAPPER).findOne();
    }

    public List<FeedState> all() {
        return h.createQuery("SELECT * FROM feed_state ORDER BY name").map(MAPPER).list();
    }

    /**
     * The state of a configured feed, created on first sight. When feeds.yml now names another URL than the one
     * first configured, the new URL wins: validators, failures and a disabled state belong to the old one.
     */
    public FeedState ensure(FeedSource feed) {
        String url = feed.url().toString();
        Optional<FeedState> existing = find(feed.name());
        if (existing.isEmpty()) {
            h.createUpdate("INSERT INTO feed_state (name, configured_url, current_url) VALUES (:name, :url, :url)")
                    .bind("name", feed.name()).bind("url", url).execute();
        } else if (!existing.get().configuredUrl().equals(url)) {
            h.createUpdate("UPDATE feed_state SET configured_url = :url, current_url = :url, etag = NULL, "
                            + "last_modified = NULL, ttl_seconds = NULL, failures_in_row = 0, gone_in_row = 0, "
                            + "next_attempt_at = NULL, disabled = FALSE, disabled_reason = NULL WHERE name = :name")
                    .bind("name", feed.name()).bind("url", url).execute();
        } else {
            return existing.get();
        }
        return find(feed.name()).orElseThrow();
    }

    /**
     * A successful poll (200 or 304): validators and the feed's TTL kept (null: none), failures reset, the next
     * attempt planned.
     */
    public void recordSuccess(String name, String currentUrl, String etag, String lastModified, Duration ttl,
                              Instant at, Instant nextAttempt) {
        h.createUpdate("UPDATE feed_state SET current_url = :url, etag = :etag, last_modified = :lm, ttl_seconds = :ttl, "
                        + "last_polled_at = :at, last_success_at = :at, failures_in_row = 0, gone_in_row = 0, "
                        + "next_attempt_at = :next WHERE name = :name")
                .bind("name", name).bind("url", currentUrl).bind("etag", etag).bind("lm", lastModified)
                .bind("ttl", ttl == null ? null : ttl.toSeconds())
                .bind("at", Times.utc(at)).bind("next", Times.utc(nextAttempt)).execute();
    }

    /**
     * A failed poll: the error kept, failures counted, the next attempt delayed. {@code gone} (a 410) counts
     * towards disabling the feed; any other failure resets that count.
     */
    public void recordFailure(String name, String error, Instant at, Instant nextAttempt, boolean gone) {
        h.createUpdate("UPDATE feed_state SET last_error = :error, last_error_at = :at, last_polled_at = :at, "
                        + "failures_in_row = failures_in_row + 1, "
                        + "gone_in_row = CASE WHEN :gone THEN gone_in_row + 1 ELSE 0 END, "
                        + "next_attempt_at = :next WHERE name = :name")
                .bind("name", name).bind("error", Texts.truncate(error, 4000)).bind("at", Times.utc(at))
                .bind("next", Times.utc(nextAttempt)).bind("gone", gone).execute();
    }

    /**
     * Makes a feed that is not failing due at once (its schedule changed, so the wait its last interval set no
     * longer applies); a failing feed keeps its backoff and Retry-After. Returns whether anything changed.
     */
    public boolean clearNextAttemptUnlessFailing(String name) {
        return h.createUpdate("UPDATE feed_state SET next_attempt_at = NULL WHERE name = :name "
                + "AND failures_in_row = 0 AND disabled = FALSE").bind("name", name).execute() > 0;
    }

    private static Duration ttl(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    /** Stops polling a feed until its URL in feeds.yml changes. */
    public void disable(String name, String reason) {
        h.createUpdate("UPDATE feed_state SET disabled = TRUE, disabled_reason = :reason, next_attempt_at = NULL "
                + "WHERE name = :name").bind("name", name).bind("reason", Texts.truncate(reason, 1000)).execute();
    }
}
