package dev.briefing.analyze;

import dev.briefing.article.Article;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.profile.AnchorDate;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.time.LocalDate;
import java.util.List;

/**
 * The ingest step's processor: turns what was read into an understood article, with the run's
 * anchor dates and run date. An input with nothing usable is skipped with its reason.
 */
public class AnalyzeProcessor implements ItemProcessor<SourceDocument, Article> {

    private final ArticleAnalyzer analyzer;
    private final List<AnchorDate> anchors;
    private final LocalDate runDate;

    public AnalyzeProcessor(ArticleAnalyzer analyzer, List<AnchorDate> anchors, LocalDate runDate) {
        this.analyzer = analyzer;
        this.anchors = List.copyOf(anchors);
        this.runDate = runDate;
    }

    @Override
    public Article process(SourceDocument document) {
        return analyzer.analyze(document, anchors, runDate);
    }
}
