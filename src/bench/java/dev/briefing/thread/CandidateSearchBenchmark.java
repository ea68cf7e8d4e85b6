package dev.briefing.thread;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Paragraph;
import dev.briefing.bench.micro.SampleArticles;
import dev.briefing.corpus.SyntheticCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finding the threads a new article is compared with ({@code ThreadingState.candidateThreads}) in
 * a state of a few thousand clustered threads, each holding three articles of its negotiation, as
 * the thread step has after some thousands of articles. The queries are each negotiation's next
 * article, so every query has its true thread among the candidates to find. Vectors are the
 * state's own TF-IDF; names are what the job's entity extractor finds. In this package because
 * ThreadingState is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CandidateSearchBenchmark {

    private static final int ARTICLES_PER_THREAD = 3;
    private static final int QUERIES = 256;

    @Param("2000")
    public int threads;

    private ThreadingState state;
    private final List<TermVector> queryVectors = new ArrayList<>();
    private final List<Set<String>> queryNames = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        // Article i belongs to negotiation i % threads and is its (i / threads)-th report.
        List<SyntheticCorpus.Article> articles = SampleArticles.articles(threads * (ARTICLES_PER_THREAD + 1), ARTICLES_PER_THREAD + 1);
        EntityExtractor entities = new EntityExtractor(Gazetteer.load(Optional.empty()));
        state = new ThreadingState();
        try (TermExtractor extractor = new TermExtractor()) {
            List<Map<String, Integer>> terms = new ArrayList<>();
            List<Set<String>> names = new ArrayList<>();
            int used = threads * ARTICLES_PER_THREAD + QUERIES;
            for (SyntheticCorpus.Article article : articles.subList(0, used)) {
                String text = SampleArticles.text(article);
                terms.add(ArticleAnalyzer.storedTerms(extractor.termCounts(text, "en")));
                names.add(entities.extract(paragraphs(text)).allNames());
            }
            for (int i = 0; i < threads * ARTICLES_PER_THREAD; i++) {
                state.frequencies().add(terms.get(i));
            }
            List<ThreadingState.ThreadState> created = new ArrayList<>();
            for (int n = 0; n < threads; n++) {
                created.add(state.addThread("t" + (n + 1), "negotiation " + n, false));
            }
            for (int i = 0; i < threads * ARTICLES_PER_THREAD; i++) {
                state.addToThread(created.get(i % threads), state.frequencies().tfidf(terms.get(i)), names.get(i), articles.get(i).published());
            }
            for (int i = threads * ARTICLES_PER_THREAD; i < used; i++) {
                queryVectors.add(state.frequencies().tfidf(terms.get(i)));
                queryNames.add(names.get(i));
            }
        }
    }

    private static List<Paragraph> paragraphs(String text) {
        return Arrays.stream(text.split("\n\n")).map(Paragraph::text).toList();
    }

    @Benchmark
    public List<?> candidateThreads() {
        int query = next;
        next = (next + 1) % QUERIES;
        // A fresh copy of the vector: a vector remembers its strongest terms, and in threading each
        // article's vector is new, so a query repeated from earlier iterations must not find them ready.
        TermVector fresh = queryVectors.get(query).plus(TermVector.EMPTY);
        return state.candidateThreads(fresh, queryNames.get(query));
    }
}
