-- The briefings produced per collection, so that the next one can say what is new since.
CREATE TABLE briefing_run (
    collection_id    BIGINT    NOT NULL REFERENCES collection (id),
    job_instance_id  BIGINT    NOT NULL,
    produced_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (collection_id, job_instance_id)
);
