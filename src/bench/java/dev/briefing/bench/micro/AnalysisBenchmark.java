package dev.briefing.bench.micro;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Understanding one article as ingest does (cleaning, language, date, names, fingerprints, terms),
 * and the costliest part of it alone, identifying the language. Each article comes as the
 * corpora's JSON Lines records bring it: title, outlet and date in metadata, language left to detect.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalysisBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(new BoilerplateCleaner(), new DateResolver(),
            new EntityExtractor(Gazetteer.load(Optional.empty())), languages, new TermExtractor(), new ContentFingerprinter());
    private SourceDocument[] documents;
    private String[] texts;
    private int next;

    @Setup
    public void setUp() {
        var articles = SampleArticles.articles(256, SampleArticles.PER_NEGOTIATION);
        documents = articles.stream().map(article -> new SourceDocument("/bench", new SourceRef("export.jsonl", article.id()), "jsonl",
                List.of(article.text().split("\n\n")),
                new SourceMetadata(article.title(), article.outlet(), null, null,
                        List.of(new DateCandidate(article.published().toString(), DateSource.RECORD_METADATA))),
                List.of())).toArray(SourceDocument[]::new);
        texts = articles.stream().map(article -> article.text()).toArray(String[]::new);
    }

    private int nextIndex() {
        int index = next;
        next = (next + 1) % documents.length;
        return index;
    }

    @Benchmark
    public Article analyze() {
        return analyzer.analyze(documents[nextIndex()], List.of(), TODAY);
    }

    @Benchmark
    public String identifyLanguage() {
        return languages.identify(texts[nextIndex()]);
    }
}
