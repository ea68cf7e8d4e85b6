package dev.briefing.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one suite run measures, from system properties (the Maven profile passes them on):
 * {@code bench.sizes} (articles per corpus, default 1000,10000,100000), {@code bench.seed}
 * (default 42), {@code bench.jmh} (default true), {@code bench.peer} (run Carrot2, default true), {@code bench.heap} (the -Xmx of the suite and
 * of its child JVMs, default 2g), {@code bench.peer.timeout} (seconds one Carrot2 run may take,
 * default 300), {@code bench.progress} (the job's progress display: log or none) and
 * {@code bench.keep} (keep each run's database; by default only its briefing is kept). With
 * {@code bench.compare} (a baseline build's jar) the suite instead compares that build with this
 * one ({@code target/negotiation-briefing.jar}) on the corpora of {@code bench.sizes}, in
 * {@code bench.rounds} rounds (default 2).
 *
 * @param articlesPerNegotiation each gold negotiation's article count in the synthetic corpora
 * @param recordsPerFile         JSON Lines records per input file, so that the job's ingest
 *                               workers have files to share
 */
public record BenchSettings(List<Integer> sizes, long seed, boolean jmh, boolean peer, String heap, int peerTimeoutSeconds, String progress,
        boolean keepDatabases, int articlesPerNegotiation, int recordsPerFile, Path corporaRoot, Path runsRoot, Path reportFile,
        Optional<Path> compareWith, int compareRounds) {

    public static BenchSettings fromSystemProperties() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList();
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 50)) {
            throw new IllegalArgumentException("bench.sizes needs sizes of at least 50 articles, e.g. 1000,10000,100000");
        }
        Path target = Path.of("target").toAbsolutePath();
        return new BenchSettings(sizes,
                Long.getLong("bench.seed", 42),
                Boolean.parseBoolean(System.getProperty("bench.jmh", "true")),
                Boolean.parseBoolean(System.getProperty("bench.peer", "true")),
                System.getProperty("bench.heap", "2g"),
                Integer.getInteger("bench.peer.timeout", 300),
                System.getProperty("bench.progress", "log"),
                Boolean.getBoolean("bench.keep"),
                50, 1000,
                target.resolve("bench-corpora"), target.resolve("bench-runs"), target.resolve("benchmarks/report.md"),
                Optional.of(System.getProperty("bench.compare", "").strip()).filter(jar -> !jar.isEmpty()).map(Path::of),
                Integer.getInteger("bench.rounds", 2));
    }
}
