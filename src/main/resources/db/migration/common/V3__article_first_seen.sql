-- The run that first read an article, so that a briefing can tell new threads and new coverage
-- from what earlier runs already reported.
ALTER TABLE article ADD COLUMN first_seen_instance BIGINT;
UPDATE article SET first_seen_instance = stored_by_instance;
ALTER TABLE article ALTER COLUMN first_seen_instance SET NOT NULL;
