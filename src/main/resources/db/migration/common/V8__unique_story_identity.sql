-- One story per piece of research, also when two polls (threads or cluster nodes) meet the same study at
-- once: the second insert fails and is retried, and then joins the first story. NULLs do not collide.
CREATE UNIQUE INDEX stories_doi_unique ON stories (doi);
CREATE UNIQUE INDEX stories_pmid_unique ON stories (pmid);
CREATE UNIQUE INDEX stories_nct_id_unique ON stories (nct_id);
CREATE UNIQUE INDEX stories_url_key_unique ON stories (url_key);
DROP INDEX stories_doi;
DROP INDEX stories_pmid;
DROP INDEX stories_nct_id;
DROP INDEX stories_url_key;
