package dev.briefing.bench.micro;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.article.ContentSketch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Fingerprinting one article: the MinHash sketch (128 hashes over every 5-character shingle, so
 * it grows with the text) and the exact SHA-256 fingerprint of the normalised text. The job
 * sketches every article and every part of one placed in a thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FingerprintingBenchmark {

    private final ContentFingerprinter fingerprinter = new ContentFingerprinter();
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        texts = SampleArticles.texts(256).toArray(String[]::new);
    }

    private String nextText() {
        String text = texts[next];
        next = (next + 1) % texts.length;
        return text;
    }

    @Benchmark
    public ContentSketch sketch() {
        return fingerprinter.sketch(nextText());
    }

    @Benchmark
    public String exactFingerprint() {
        return fingerprinter.exactFingerprint(nextText());
    }
}
