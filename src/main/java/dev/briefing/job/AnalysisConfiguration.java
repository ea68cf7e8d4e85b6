package dev.briefing.job;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.BoilerplateCleaner;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.DateResolver;
import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.LanguageIdentifier;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.ingest.ArticleFormat;
import dev.briefing.ingest.CatalogueFormat;
import dev.briefing.ingest.CsvFormat;
import dev.briefing.ingest.FeedFormat;
import dev.briefing.ingest.HtmlFormat;
import dev.briefing.ingest.JsonRecordsFormat;
import dev.briefing.ingest.InputScanner;
import dev.briefing.ingest.PlainTextFormat;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.thread.SignalExtractor;
import dev.briefing.thread.ThreadingEvaluation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Optional;

/** The stateless text-understanding components, shared by every step and run. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    @Bean
    Gazetteer gazetteer(BriefingProperties properties) {
        return Gazetteer.load(Optional.ofNullable(properties.gazetteer()));
    }

    @Bean
    LanguageIdentifier languageIdentifier() {
        return new LanguageIdentifier();
    }

    @Bean(destroyMethod = "close")
    TermExtractor termExtractor() {
        return new TermExtractor();
    }

    @Bean
    ContentFingerprinter contentFingerprinter() {
        return new ContentFingerprinter();
    }

    @Bean
    EntityExtractor entityExtractor(Gazetteer gazetteer) {
        return new EntityExtractor(gazetteer);
    }

    @Bean
    ArticleAnalyzer articleAnalyzer(EntityExtractor entities, LanguageIdentifier languages, TermExtractor terms,
            ContentFingerprinter fingerprinter) {
        return new ArticleAnalyzer(new BoilerplateCleaner(), new DateResolver(), entities, languages, terms, fingerprinter);
    }

    @Bean
    SignalExtractor signalExtractor(TermExtractor terms, EntityExtractor entities) {
        return new SignalExtractor(terms, entities);
    }

    @Bean
    ThreadingEvaluation threadingEvaluation(ArticleAnalyzer analyzer, SignalExtractor signals, TermExtractor terms,
            ContentFingerprinter fingerprinter, Gazetteer gazetteer) {
        return new ThreadingEvaluation(analyzer, signals, terms, fingerprinter, gazetteer);
    }

    @Bean
    BriefingAssembler briefingAssembler(TermExtractor terms, EntityExtractor entities) {
        return new BriefingAssembler(terms, entities);
    }

    /** The input formats, in the order they are asked whether they read a file. */
    @Bean
    List<ArticleFormat> articleFormats() {
        return List.of(new CatalogueFormat(), new CsvFormat(), new JsonRecordsFormat(), new FeedFormat(), new HtmlFormat(),
                new PlainTextFormat());
    }

    @Bean
    InputScanner inputScanner() {
        return new InputScanner();
    }

    @Bean
    ThreadProfileLoader threadProfileLoader() {
        return new ThreadProfileLoader();
    }
}
