package dev.briefing.bench.micro;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the microbenchmarks through JMH's API with modest settings (one fork, three warm-up and
 * five measured iterations of one second): enough to compare before and after a change on this
 * machine, not a publication-grade measurement. JMH's own progress goes to standard error, so
 * standard output keeps only the report.
 */
public final class JmhSuite {

    /** Every benchmark of the suite, in this package and in dev.briefing.thread. */
    public static final String ALL = "dev\\.briefing\\.(bench\\.micro|thread)\\.\\w+Benchmark\\.";

    /** What one operation of each benchmark is, for the report. */
    static final Map<String, String> OPERATION = Map.ofEntries(
            Map.entry("AnalysisBenchmark.analyze", "understand one article as ingest does (ArticleAnalyzer.analyze)"),
            Map.entry("AnalysisBenchmark.identifyLanguage", "identify one article's language (LanguageIdentifier.identify)"),
            Map.entry("TokenizingBenchmark.terms", "tokenize one article (TermExtractor.terms)"),
            Map.entry("TokenizingBenchmark.termCounts", "term counts of one article (TermExtractor.termCounts)"),
            Map.entry("FingerprintingBenchmark.sketch", "MinHash sketch of one article (ContentFingerprinter.sketch)"),
            Map.entry("FingerprintingBenchmark.exactFingerprint", "exact fingerprint of one article (ContentFingerprinter.exactFingerprint)"),
            Map.entry("SimilarityBenchmark.cosine", "cosine of two TF-IDF article vectors (TermVector.cosine, as threading compares)"),
            Map.entry("SimilarityBenchmark.cosineOfMaps", "the same cosine over maps from terms to weights (TermVectors.cosine, the former representation)"),
            Map.entry("SimilarityBenchmark.centroidCosine", "cosine of an article with a thread centroid by merge or search (TermVector.cosine)"),
            Map.entry("SimilarityBenchmark.centroidCosineLookingUp", "the same through the centroid's hash table (TermVector.cosineLookingUp, as threading compares)"),
            Map.entry("SimilarityBenchmark.sketchJaccard", "Jaccard estimate of two sketches (ContentSketch.estimatedJaccard)"),
            Map.entry("StoredTermsBenchmark.decode", "decode one article's stored term counts (ArticleCodec.counts)"),
            Map.entry("StoredTermsBenchmark.decodeCanonicalizing", "the same with Jackson's default mapper, which canonicalizes every term (the former decoding)"),
            Map.entry("CandidateSearchBenchmark.candidateThreads", "candidate threads of one article (ThreadingState.candidateThreads)"),
            Map.entry("LabellingBenchmark.label", "label one clustered thread from its 50 articles (ThreadLabeller.label)"));

    /** One benchmark's result; {@code score} is the average time per operation in {@code unit}. */
    public record Result(String benchmark, String params, String operation, double score, double error, String unit) {
    }

    private JmhSuite() {
    }

    public static List<Result> run(String include, String heap) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx" + heap)
                .shouldFailOnError(true)
                .build();
        List<Result> results = new ArrayList<>();
        for (RunResult run : new Runner(options, OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL)).run()) {
            String name = run.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String params = run.getParams().getParamsKeys().stream().map(key -> key + "=" + run.getParams().getParam(key))
                    .collect(Collectors.joining(", "));
            results.add(new Result(shortName, params, OPERATION.getOrDefault(shortName, shortName), run.getPrimaryResult().getScore(),
                    run.getPrimaryResult().getScoreError(), run.getPrimaryResult().getScoreUnit()));
        }
        results.sort(Comparator.comparing(Result::benchmark));
        return results;
    }
}
