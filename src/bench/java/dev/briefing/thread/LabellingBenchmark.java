package dev.briefing.thread;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.BoilerplateCleaner;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.DateResolver;
import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.LanguageIdentifier;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;
import dev.briefing.bench.micro.SampleArticles;
import dev.briefing.corpus.SyntheticCorpus;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Labelling one thread found by clustering ({@code ThreadLabeller.label}) from its 50 articles, as
 * the thread step labels every thread it created: 2,000 of them at 100,000 articles. The articles
 * are one synthetic negotiation's reports analysed as ingest analyses them, and the document
 * frequencies those of 20 negotiations. In this package because ThreadLabeller is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LabellingBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int NEGOTIATIONS = 20;

    private List<List<Article>> threads;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private ThreadLabeller labeller;
    private int next;

    @Setup
    public void setUp() {
        Gazetteer gazetteer = Gazetteer.load(Optional.empty());
        TermExtractor terms = new TermExtractor();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new BoilerplateCleaner(), new DateResolver(), new EntityExtractor(gazetteer),
                new LanguageIdentifier(), terms, new ContentFingerprinter());
        labeller = new ThreadLabeller(terms, gazetteer);
        List<SyntheticCorpus.Article> articles = SampleArticles.articles(NEGOTIATIONS * SampleArticles.PER_NEGOTIATION,
                SampleArticles.PER_NEGOTIATION);
        Map<String, List<Article>> byNegotiation = new TreeMap<>();
        for (SyntheticCorpus.Article source : articles) {
            Article article = analyzer.analyze(new SourceDocument("/bench", new SourceRef("export.jsonl", source.id()), "jsonl",
                    List.of(source.text().split("\n\n")),
                    new SourceMetadata(source.title(), source.outlet(), null, null,
                            List.of(new DateCandidate(source.published().toString(), DateSource.RECORD_METADATA))),
                    List.of()), List.of(), TODAY);
            frequencies.add(article.terms());
            byNegotiation.computeIfAbsent(source.negotiation(), negotiation -> new ArrayList<>()).add(article);
        }
        threads = List.copyOf(byNegotiation.values());
    }

    @Benchmark
    public String label() {
        List<Article> members = threads.get(next);
        next = (next + 1) % threads.size();
        return labeller.label(members, frequencies);
    }
}
