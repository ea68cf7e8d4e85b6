package dev.briefing.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * The inputs and skips of one run's ingest, added up over its workers, so that the limit on
 * unusable inputs holds for the whole input folder rather than for each worker's share of it (a
 * worker whose share happens to hold most of the bad files must not fail a good run).
 */
public final class SkipBudget {

    private final int inputFiles;
    private final Map<String, IntSupplier> inputsBeyondFilesByWorker = new ConcurrentHashMap<>();
    private final Map<String, Long> skipsByWorker = new ConcurrentHashMap<>();

    /** @param inputFiles how many input files the whole folder holds */
    public SkipBudget(int inputFiles) {
        this.inputFiles = inputFiles;
    }

    /** A worker joins, telling how many more inputs than files it has met (records of many-record files). */
    void join(String worker, IntSupplier inputsBeyondFiles) {
        inputsBeyondFilesByWorker.put(worker, inputsBeyondFiles);
    }

    /** How many inputs there are at least: the files, and the further records found in them so far. */
    int inputsKnown() {
        return inputFiles + inputsBeyondFilesByWorker.values().stream().mapToInt(IntSupplier::getAsInt).sum();
    }

    /** Skips so far in the whole run, when {@code worker} has skipped {@code workerSkips} before the one it asks about. */
    long skipsBefore(String worker, long workerSkips) {
        return skipsByWorker.entrySet().stream().filter(e -> !e.getKey().equals(worker)).mapToLong(Map.Entry::getValue).sum() + workerSkips;
    }

    /** Counts a skip granted to {@code worker}, its {@code workerSkips}-th. */
    void granted(String worker, long workerSkips) {
        skipsByWorker.put(worker, workerSkips);
    }
}
