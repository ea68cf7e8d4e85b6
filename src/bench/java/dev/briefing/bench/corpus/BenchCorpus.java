package dev.briefing.bench.corpus;

import dev.briefing.bench.BenchSettings;
import dev.briefing.bench.ChildJvm;
import dev.briefing.bench.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * One synthetic corpus on disk: {@code <root>/<size>-seed<seed>/export-NNNNN.jsonl}. It is written
 * once and reused by later runs; the marker file is written last, so a folder without it (a
 * generation that was killed) is written again. The marker's name starts with a dot because the
 * job ignores hidden files: it is not an input.
 *
 * @param files the JSON Lines files, in name order
 * @param bytes their total size
 */
public record BenchCorpus(int size, long seed, Path folder, List<Path> files, long bytes) {

    static final String MARKER = ".complete";

    /** The corpus of this size, generated first if missing (in a child JVM: 100k articles are ~350 MB of text). */
    public static BenchCorpus ensure(BenchSettings settings, int size) {
        Path folder = settings.corporaRoot().resolve(size + "-seed" + settings.seed());
        if (!Files.exists(folder.resolve(MARKER))) {
            Folders.deleteRecursively(folder);
            System.err.printf("bench: generating %,d articles into %s%n", size, folder);
            ChildJvm.Outcome outcome = ChildJvm.run("4g", CorpusWriter.class, List.of(Integer.toString(size), Long.toString(settings.seed()),
                    Integer.toString(settings.articlesPerNegotiation()), Integer.toString(settings.recordsPerFile()), folder.toString()),
                    Duration.ofMinutes(30));
            if (!outcome.succeeded() || !Files.exists(folder.resolve(MARKER))) {
                throw new IllegalStateException("generating the corpus of " + size + " articles failed (exit " + outcome.exitCode()
                        + (outcome.timedOut() ? ", timed out" : "") + ")");
            }
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return new BenchCorpus(size, settings.seed(), folder, files, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus " + folder, e);
        }
    }

    /** How many gold negotiations the generator spreads the articles over. */
    public int negotiations(BenchSettings settings) {
        return Math.max(1, size / settings.articlesPerNegotiation());
    }
}
