package dev.briefing.bench.micro;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.ArticleCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Decoding an article's stored term counts, as the thread step's reader does for every article.
 * The articles are many (their terms far more than Jackson's symbol table keeps), as in an archive
 * whose vocabulary keeps growing; the baseline decodes with Jackson's default mapper, which
 * canonicalizes every term as a property name.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoredTermsBenchmark {

    private static final int ARTICLES = 8192;
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };

    private final JsonMapper canonicalizing = JsonMapper.builder().build();
    private String[] stored;
    private int next;

    @Setup
    public void setUp() {
        try (TermExtractor terms = new TermExtractor()) {
            stored = SampleArticles.articles(ARTICLES, SampleArticles.PER_NEGOTIATION).stream()
                    .map(article -> ArticleCodec.encode(ArticleAnalyzer.storedTerms(terms.termCounts(SampleArticles.text(article), "en"))))
                    .toArray(String[]::new);
        }
    }

    private String nextStored() {
        String json = stored[next];
        next = (next + 1) % stored.length;
        return json;
    }

    @Benchmark
    public Map<String, Integer> decode() {
        return ArticleCodec.counts(nextStored());
    }

    @Benchmark
    public Map<String, Integer> decodeCanonicalizing() {
        return canonicalizing.readValue(nextStored(), COUNTS);
    }
}
