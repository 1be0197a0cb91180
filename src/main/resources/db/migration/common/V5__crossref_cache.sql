-- Crossref works looked up by DOI, so each DOI is asked for once. found = FALSE records that Crossref does
-- not know the DOI (asked again after a while); answers that failed (timeouts, server errors) are not kept.
CREATE TABLE crossref_works (
    doi            VARCHAR(300)  NOT NULL PRIMARY KEY,   -- lower case
    found          BOOLEAN       NOT NULL,
    citation_json  VARCHAR(100000),
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
