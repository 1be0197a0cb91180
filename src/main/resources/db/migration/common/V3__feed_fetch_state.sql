-- How fetching a feed went, beyond V1's columns. The same SQL runs on H2 2.x and PostgreSQL 14+.

-- 410 Gone answers in a row: after fetch.disable_after_gone of them the feed is disabled.
ALTER TABLE feed_state ADD COLUMN gone_in_row INTEGER DEFAULT 0 NOT NULL;

-- Why the feed was disabled (null while it is enabled).
ALTER TABLE feed_state ADD COLUMN disabled_reason VARCHAR(1000);

-- The scheduler polls a feed only when next_attempt_at is null or past.
CREATE INDEX feed_state_next_attempt ON feed_state (next_attempt_at);
