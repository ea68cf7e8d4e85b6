package dev.briefing.ingest;

import java.util.List;
import java.util.Map;

/**
 * What earlier runs of a collection read, so that a run reads only new and changed files: the
 * unchanged ones are carried forward (their articles, and the repairs noted on them, count for
 * this run too) instead of being read again.
 */
public interface ReadHistory {

    /** Reads everything, remembers nothing: for a full re-read, and for tests of the reader alone. */
    ReadHistory NONE = new ReadHistory() {
        @Override
        public List<InputFile> carryForwardUnchanged(List<InputFile> files) {
            return List.of();
        }

        @Override
        public void filesRead(Map<String, FileStamp> files) {
        }
    };

    /**
     * Of these files, those an earlier run read in exactly their present state, now carried
     * forward to this run. Safe to call again when a run is restarted.
     */
    List<InputFile> carryForwardUnchanged(List<InputFile> files);

    /**
     * Files this run has read completely and without a rejected record, with their stamps from
     * before they were read. (A file with a rejection is read and reported again by every run.)
     * Called inside the chunk transaction that commits the reader's position past them.
     */
    void filesRead(Map<String, FileStamp> files);
}
