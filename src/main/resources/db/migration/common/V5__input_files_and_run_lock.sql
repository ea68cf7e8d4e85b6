-- Input files as a run last read them (size and modification time), so that the next run of a
-- collection reads only files that are new or changed and carries the rest forward.
CREATE TABLE input_file (
    collection_id     BIGINT        NOT NULL REFERENCES collection (id),
    path              VARCHAR(2000) NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    modified_millis   BIGINT        NOT NULL,
    read_by_instance  BIGINT        NOT NULL,
    PRIMARY KEY (collection_id, path)
);

-- One row per lock (an input folder). A run keeps its row locked (SELECT ... FOR UPDATE) in an
-- open transaction while it goes, so the lock is released by the database the moment the run's
-- process or connection dies: a killed run never blocks the next one, a live one is never doubled.
CREATE TABLE run_lock (
    lock_key  VARCHAR(300) NOT NULL PRIMARY KEY
);
