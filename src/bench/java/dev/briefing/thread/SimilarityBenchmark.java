package dev.briefing.thread;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.analyze.TermVectors;
import dev.briefing.article.ContentSketch;
import dev.briefing.bench.micro.SampleArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Comparing two articles as threading does: the cosine of their TF-IDF vectors (weighted by the
 * thread step's own document frequencies, here over 1,000 articles) and the estimated Jaccard
 * similarity of their MinHash sketches. Pairs cycle through articles of the same and of other
 * negotiations. {@code cosineOfMaps} is the same cosine over maps from terms to weights, the
 * representation threading used before {@link TermVector} (and summaries still use): the baseline
 * the vector's figure is read against. {@code centroidCosine} compares an article with a thread's
 * centroid (cut to its 400 strongest terms; a live one holds 400 to 800) by merge or binary search, {@code centroidCosineLookingUp}
 * as threading does, through the centroid's hash table (built on the first call and kept, as a
 * thread keeps it between changes). In this package because the TF-IDF weighting ({@code ThreadingState}) is
 * package-private; it has no package-info of its own, since one here would shadow main's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SimilarityBenchmark {

    private static final int ARTICLES = 1000;

    private final List<TermVector> vectors = new ArrayList<>();
    private final List<Map<String, Double>> maps = new ArrayList<>();
    private final List<ContentSketch> sketches = new ArrayList<>();
    /** One centroid per negotiation: the sum of its articles' vectors cut to its 400 strongest terms (a thread's holds 400 to 800). */
    private final List<TermVector> centroids = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        ContentFingerprinter fingerprinter = new ContentFingerprinter();
        ThreadingState state = new ThreadingState();
        List<Map<String, Integer>> counts = new ArrayList<>();
        try (TermExtractor extractor = new TermExtractor()) {
            for (String text : SampleArticles.texts(ARTICLES)) {
                Map<String, Integer> terms = ArticleAnalyzer.storedTerms(extractor.termCounts(text, "en"));
                state.frequencies().add(terms);
                counts.add(terms);
                sketches.add(fingerprinter.sketch(text));
            }
        }
        for (Map<String, Integer> terms : counts) {
            vectors.add(state.frequencies().tfidf(terms));
            Map<String, Double> weights = new HashMap<>();
            terms.forEach((term, count) -> weights.put(term, (1 + Math.log(count)) * state.frequencies().idf(term)));
            double norm = TermVectors.norm(weights);
            weights.replaceAll((term, weight) -> weight / norm);
            maps.add(weights);
        }
        for (int first = 0; first < ARTICLES; first += SampleArticles.PER_NEGOTIATION) {
            TermVector sum = TermVector.EMPTY;
            for (TermVector vector : vectors.subList(first, first + SampleArticles.PER_NEGOTIATION)) {
                sum = sum.plus(vector);
            }
            centroids.add(sum.strongest(ThreadingState.CENTROID_TERMS, state.frequencies()::term));
        }
    }

    /** Even articles meet the next report of their own negotiation, odd ones a neighbour from another: both kinds of pair occur in threading. */
    private int other(int index) {
        return (index + (index % 2 == 0 ? ARTICLES / SampleArticles.PER_NEGOTIATION : 1)) % ARTICLES;
    }

    @Benchmark
    public double cosine() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return vectors.get(a).cosine(vectors.get(other(a)));
    }

    @Benchmark
    public double cosineOfMaps() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return TermVectors.cosine(maps.get(a), maps.get(other(a)));
    }

    /** An article against its own negotiation's centroid (even articles) or the next one's (odd). */
    private TermVector centroidFor(int article) {
        int own = article / SampleArticles.PER_NEGOTIATION;
        return centroids.get(article % 2 == 0 ? own : (own + 1) % centroids.size());
    }

    @Benchmark
    public double centroidCosine() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return centroidFor(a).cosine(vectors.get(a));
    }

    @Benchmark
    public double centroidCosineLookingUp() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return centroidFor(a).cosineLookingUp(vectors.get(a));
    }

    @Benchmark
    public double sketchJaccard() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return sketches.get(a).estimatedJaccard(sketches.get(other(a)));
    }
}
