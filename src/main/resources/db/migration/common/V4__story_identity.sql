-- Story identity beyond DOI and URL: PubMed id, ClinicalTrials.gov id and a SimHash of title and summary.
ALTER TABLE stories ADD COLUMN pmid VARCHAR(20);
ALTER TABLE stories ADD COLUMN nct_id VARCHAR(20);
ALTER TABLE stories ADD COLUMN fingerprint BIGINT;
CREATE INDEX stories_pmid ON stories (pmid);
CREATE INDEX stories_nct_id ON stories (nct_id);
CREATE INDEX stories_created_at ON stories (created_at);

-- The cleaned link of each entry, so a publisher's new GUID for the same link is recognised without a fetch.
ALTER TABLE entries ADD COLUMN url_key VARCHAR(2000);
CREATE INDEX entries_feed_url ON entries (feed_name, url_key);
