-- What the deliver step delivered where: one row per run (job instance), channel and target
-- (an email recipient or the shared folder), so that a restarted run delivers only what is not
-- recorded as SENT. Rows are written in transactions of their own, before and after each attempt.
-- Portable SQL (H2 2.x and PostgreSQL 15+). last_error never holds credentials.
CREATE TABLE briefing_delivery (
    job_instance_id  BIGINT        NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    target           VARCHAR(1000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    message_id       VARCHAR(300),
    last_error       VARCHAR(1000),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_instance_id, channel, target),
    CONSTRAINT briefing_delivery_channel CHECK (channel IN ('EMAIL', 'SHARED_FOLDER')),
    CONSTRAINT briefing_delivery_status CHECK (status IN ('SENDING', 'SENT', 'FAILED'))
);
