package dev.briefing;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.BoilerplateCleaner;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.DateResolver;
import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.LanguageIdentifier;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.ingest.InputFile;
import dev.briefing.ingest.PlainTextFormat;
import dev.briefing.ingest.ReadContext;
import dev.briefing.ingest.ReadResult;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.thread.PlacementOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sample articles as the pipeline sees them, for unit tests. The analysis components are
 * created once (the language model and gazetteer take a moment to load) and are stateless.
 */
public final class Seeds {

    public static final Path FOLDER = Path.of("seeds");
    public static final String ANKARA_ROUNDUP = "000_0a8dd0fa040c14bc.txt";
    public static final String ANKARA_MEETING = "001_036a012efc2a95dd.txt";
    public static final String CAIRO_LE_PARISIEN = "002_8007d8b7ad854ea8.txt";
    public static final String CAIRO_EFE = "003_80c55e598817b745.txt";
    public static final String BRUSSELS_SUMMIT = "004_e360ee0d24fd98ac.txt";
    public static final List<String> ALL = List.of(ANKARA_ROUNDUP, ANKARA_MEETING, CAIRO_LE_PARISIEN, CAIRO_EFE, BRUSSELS_SUMMIT);
    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    public static final String COLLECTION = "/collections/seeds";

    public static final Gazetteer GAZETTEER = Gazetteer.load(Optional.empty());
    public static final TermExtractor TERMS = new TermExtractor();
    public static final EntityExtractor ENTITIES = new EntityExtractor(GAZETTEER);
    public static final ContentFingerprinter FINGERPRINTER = new ContentFingerprinter();
    public static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    public static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(new BoilerplateCleaner(), new DateResolver(), ENTITIES,
            LANGUAGES, TERMS, FINGERPRINTER);
    public static final ThreadProfile PROFILE = new ThreadProfileLoader().load(Optional.of(FOLDER.resolve("threads.yaml")));

    private Seeds() {
    }

    public static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument document(String name) {
        return document(name, COLLECTION);
    }

    public static SourceDocument document(String name, String collection) {
        InputFile file = new InputFile(FOLDER.resolve(name), name);
        List<ReadResult> results = new PlainTextFormat().read(file, text(name), new ReadContext(collection, SourceMetadata.NONE, List.of()));
        return ((ReadResult.Read) results.get(0)).document();
    }

    public static Article article(String name) {
        return article(name, COLLECTION);
    }

    /** A seed as read from an input folder with the given (normalised) path. */
    public static Article article(String name, String collection) {
        return ANALYZER.analyze(document(name, collection), PROFILE.anchors(), RUN_DATE);
    }

    /** Every seed, analysed, in the order threading reads them: by date, undated last. */
    public static List<Article> articlesInDateOrder() {
        return articlesInDateOrder(COLLECTION);
    }

    public static List<Article> articlesInDateOrder(String collection) {
        return ALL.stream().map(name -> article(name, collection)).sorted(PlacementOrder.ARTICLES).toList();
    }
}
