-- What a feed said last, kept between polls. The same SQL runs on H2 2.x and PostgreSQL 14+.

-- The feed's own RSS <ttl> in seconds from its last full answer (null: none), honoured after a 304 too.
ALTER TABLE feed_state ADD COLUMN ttl_seconds BIGINT;

-- SHA-256 of what the feed said of the entry (title and summary, normalized): when it changes, the entry is
-- read again as a revision. Null for entries stored before this column: the next poll adopts the value silently.
ALTER TABLE entries ADD COLUMN fingerprint VARCHAR(64);
