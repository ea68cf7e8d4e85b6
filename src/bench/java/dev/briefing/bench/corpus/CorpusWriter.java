package dev.briefing.bench.corpus;

import dev.briefing.corpus.SyntheticCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child-JVM entry point that writes one corpus: {@code size seed articlesPerNegotiation
 * recordsPerFile folder}. The generated articles live only in this JVM, so the suite's heap
 * figures never include them.
 */
public final class CorpusWriter {

    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        int perNegotiation = Integer.parseInt(args[2]);
        int perFile = Integer.parseInt(args[3]);
        Path folder = Path.of(args[4]);
        long start = System.nanoTime();
        List<SyntheticCorpus.Article> articles = new SyntheticCorpus(seed).articles(size, perNegotiation);
        SyntheticCorpus.writeJsonLines(articles, folder, perFile);
        Files.writeString(folder.resolve(BenchCorpus.MARKER), "size=" + size + "\nseed=" + seed + "\narticlesPerNegotiation=" + perNegotiation
                + "\nrecordsPerFile=" + perFile + "\n", StandardCharsets.UTF_8);
        System.err.printf("bench: wrote %,d articles in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
    }
}
