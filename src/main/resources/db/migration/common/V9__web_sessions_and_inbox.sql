-- The editor web UI. The same SQL runs on H2 2.x and PostgreSQL 14+.

-- Login sessions, kept in the store so that they survive a restart and every node of a cluster knows them.
-- Only a SHA-256 of the session cookie is stored: a copy of this table opens no session.
CREATE TABLE web_sessions (
    token_hash    CHAR(64)      NOT NULL PRIMARY KEY,
    editor        VARCHAR(200)  NOT NULL,
    csrf_token    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_sessions_last_seen ON web_sessions (last_seen_at);

-- The inbox filters by service and topic: "|s:ketamine infusion therapy|t:depression|" (lower case), written
-- with the front matter. NULL for drafts stored before this column, filled in when the store is opened.
ALTER TABLE drafts ADD COLUMN labels VARCHAR(8000);

-- The inbox sorts by date or relevance and filters by the feed a story came from.
CREATE INDEX drafts_created_at ON drafts (created_at);
CREATE INDEX drafts_relevance ON drafts (relevance);
CREATE INDEX entries_story ON entries (story_id);
