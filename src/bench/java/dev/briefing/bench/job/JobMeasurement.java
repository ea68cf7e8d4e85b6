package dev.briefing.bench.job;

import dev.briefing.bench.HeapWatcher;
import dev.briefing.thread.ClusteringScores;

import java.time.Duration;
import java.util.Map;

/**
 * What one end-to-end run of the job on one corpus gave.
 *
 * @param startup     starting the Spring context (database migrations included), not part of {@code total}
 * @param steps       wall time of each top-level step (ingest, thread, render, deliver), from the job repository
 * @param total       the job execution's wall time, from its start to its end in the job repository
 * @param stored      articles the ingest step wrote
 * @param threads     threads in the briefing, -1 when the execution context does not say
 * @param scores      the job's own threads against the gold negotiations (main part of each article), or null
 * @param matched     articles whose main thread was found for scoring
 * @param completed   whether the run completed (with skips or not)
 * @param later       the run a day after, over the same unchanged corpus; null when this one did not complete
 */
public record JobMeasurement(int size, boolean completed, String status, Duration startup, Map<String, Duration> steps, Duration total, long stored,
        HeapWatcher.HeapUse heap, long pdfBytes, long htmlBytes, int threads, int developments, ClusteringScores scores, int matched,
        String briefingFolder, LaterRun later) {

    /** A later, incremental run: whether it completed (with skips or not), its exit status, step times and total. */
    public record LaterRun(boolean completed, String status, Map<String, Duration> steps, Duration total) {
    }

    public double seconds() {
        return total.toNanos() / 1e9;
    }

    public double articlesPerSecond() {
        return size / seconds();
    }

    /** Articles per second of the steps that do what a clustering library does (ingest with analysis, and threading), render excluded. */
    public double groupingArticlesPerSecond() {
        Duration ingest = steps.get("ingest");
        Duration thread = steps.get("thread");
        return ingest == null || thread == null ? Double.NaN : size / (ingest.plus(thread).toNanos() / 1e9);
    }
}
