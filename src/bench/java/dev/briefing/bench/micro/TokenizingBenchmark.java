package dev.briefing.bench.micro;

import dev.briefing.analyze.TermExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tokenizing one article (title and text, about 250 to 700 words) with the job's Lucene English
 * analyzer: the work every article costs at least once, and the floor's unit. Each call takes the
 * next of 256 articles, so the figure is an average over article lengths, not one article cached.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenizingBenchmark {

    private TermExtractor extractor;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        extractor = new TermExtractor();
        texts = SampleArticles.texts(256).toArray(String[]::new);
    }

    @TearDown
    public void tearDown() {
        extractor.close();
    }

    private String nextText() {
        String text = texts[next];
        next = (next + 1) % texts.length;
        return text;
    }

    @Benchmark
    public List<String> terms() {
        return extractor.terms(nextText(), "en");
    }

    @Benchmark
    public Map<String, Integer> termCounts() {
        return extractor.termCounts(nextText(), "en");
    }
}
