-- Article pages that could not be fetched for a passing reason (429, 5xx, timeout, network), per entry: such an
-- entry is drafted from the feed's text and its page is tried again on later polls, a few times at most.
ALTER TABLE entries ADD COLUMN page_failures INT DEFAULT 0 NOT NULL;
