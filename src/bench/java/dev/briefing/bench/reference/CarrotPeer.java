package dev.briefing.bench.reference;

import dev.briefing.bench.ChildJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Carrot2 4.5.1 on the same documents as the job, each run in a child JVM with the suite's heap
 * cap and stopped at a time limit (Carrot2 cannot be interrupted in-process). Carrot2 is built for
 * search results of a few hundred snippets, so it may not finish on a large corpus: a size is run
 * only while the growth measured on the smaller sizes projects it within the limit.
 */
public final class CarrotPeer {

    /**
     * An algorithm and its settings. Every variant is given the true number of gold negotiations as
     * its cluster count, which the job never gets: it finds the number itself.
     *
     * @param matrixTermsPerDocument 0 keeps Carrot2's default term-document matrix of at most 37,500
     *                               cells, which leaves 37,500 / n terms to each of n documents;
     *                               otherwise the matrix may hold this many terms per document (never
     *                               fewer cells than the default)
     */
    public record Variant(String name, String algorithm, int matrixTermsPerDocument, String description) {

        static final int DEFAULT_MATRIX_SIZE = 250 * 150;

        int matrixSize(int documents) {
            return matrixTermsPerDocument == 0 ? 0
                    : (int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_MATRIX_SIZE, (long) documents * matrixTermsPerDocument));
        }
    }

    public static final List<Variant> VARIANTS = List.of(
            new Variant("k-means", "kmeans", 0, "bisecting k-means, Carrot2's defaults, cluster count = true k"),
            new Variant("k-means wide", "kmeans", 100, "bisecting k-means, cluster count = true k, matrix of 100 terms per document"),
            new Variant("Lingo", "lingo", 0, "Lingo, Carrot2's defaults, desired cluster count = true k"));

    private final String heap;
    private final Duration limit;
    /** Measured clustering seconds by variant and series of corpora, and by size, for projecting the next size. */
    private final Map<String, TreeMap<Integer, Double>> measured = new TreeMap<>();

    public CarrotPeer(String heap, Duration limit) {
        this.heap = heap;
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /**
     * Runs one variant on one corpus unless the smaller corpora of its series show it cannot finish
     * within the limit.
     *
     * @param series corpora whose sizes are projected from one another (the synthetic ones), apart from others (the labelled one)
     */
    public PeerMeasurement measure(Variant variant, String series, String corpus, int documents, int clusterCount, List<Path> files) {
        TreeMap<Integer, Double> times = measured.computeIfAbsent(variant.name() + " / " + series, v -> new TreeMap<>());
        String tooSlow = projection(times, documents);
        if (tooSlow != null) {
            return PeerMeasurement.skipped(variant.name(), corpus, documents, clusterCount, tooSlow);
        }
        System.err.printf("bench: Carrot2 %s on %s (%,d documents, k=%d)%n", variant.name(), corpus, documents, clusterCount);
        List<String> arguments = new ArrayList<>(List.of(variant.algorithm(), Integer.toString(clusterCount),
                Integer.toString(variant.matrixSize(documents))));
        files.forEach(file -> arguments.add(file.toString()));
        ChildJvm.Outcome outcome = ChildJvm.run(heap, CarrotClustering.class, arguments, limit);
        if (outcome.timedOut()) {
            times.put(documents, Double.POSITIVE_INFINITY);
            return PeerMeasurement.skipped(variant.name(), corpus, documents, clusterCount,
                    String.format(Locale.ROOT, "stopped at the %d s time limit", limit.toSeconds()));
        }
        if (!outcome.succeeded() || !outcome.results().containsKey("bcubedF1")) {
            times.put(documents, Double.POSITIVE_INFINITY);
            return PeerMeasurement.skipped(variant.name(), corpus, documents, clusterCount,
                    "failed (exit " + outcome.exitCode() + "; its error is on standard error)");
        }
        Map<String, String> r = outcome.results();
        PeerMeasurement measurement = new PeerMeasurement(variant.name(), corpus, Integer.parseInt(r.get("documents")), clusterCount,
                Integer.parseInt(r.get("clusters")), Integer.parseInt(r.get("unclustered")), Double.parseDouble(r.get("readSeconds")),
                Double.parseDouble(r.get("clusterSeconds")), Double.parseDouble(r.get("bcubedPrecision")),
                Double.parseDouble(r.get("bcubedRecall")), Double.parseDouble(r.get("bcubedF1")), Long.parseLong(r.get("heapAfterGcMax")), null);
        times.put(documents, measurement.clusterSeconds());
        return measurement;
    }

    /** Why a size is not worth starting, or null: a smaller size failed, or their growth projects it past the limit. */
    private String projection(TreeMap<Integer, Double> times, int documents) {
        Map.Entry<Integer, Double> below = times.lowerEntry(documents);
        if (below == null) {
            return null;
        }
        if (below.getValue().isInfinite()) {
            return String.format(Locale.ROOT, "skipped: it did not finish on %,d documents (time limit %d s, or failed)", below.getKey(),
                    limit.toSeconds());
        }
        Map.Entry<Integer, Double> further = times.lowerEntry(below.getKey());
        // One point only: assume cost grows linearly, the most optimistic guess; two: their measured growth.
        double exponent = further == null ? 1 : Math.max(1, Math.log(below.getValue() / further.getValue())
                / Math.log((double) below.getKey() / further.getKey()));
        double projected = below.getValue() * Math.pow((double) documents / below.getKey(), exponent);
        if (projected > limit.toSeconds()) {
            return String.format(Locale.ROOT, "skipped: projected %.0f s (%.1f s at %,d documents, growing as n^%.2f) exceeds the %d s limit",
                    projected, below.getValue(), below.getKey(), exponent, limit.toSeconds());
        }
        return null;
    }
}
