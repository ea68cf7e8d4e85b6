package dev.briefing.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The skips of one run's ingest, added up over its workers, so that a fixed limit on unusable
 * inputs holds for the whole input folder rather than for each worker's share of it.
 */
public final class SkipBudget {

    private final Map<String, Long> skipsByWorker = new ConcurrentHashMap<>();

    /** Skips so far in the whole run, when {@code worker} has skipped {@code workerSkips} before the one it asks about. */
    long skipsBefore(String worker, long workerSkips) {
        return skipsByWorker.entrySet().stream().filter(e -> !e.getKey().equals(worker)).mapToLong(Map.Entry::getValue).sum() + workerSkips;
    }

    /** Counts a skip granted to {@code worker}, its {@code workerSkips}-th. */
    void granted(String worker, long workerSkips) {
        skipsByWorker.put(worker, workerSkips);
    }
}
