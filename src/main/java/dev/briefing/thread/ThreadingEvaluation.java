package dev.briefing.thread;

import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.ingest.LabelledCorpus.LabelledDocument;
import dev.briefing.profile.ThreadProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the grouping the job uses (the same analysis, the same order, the same online threading)
 * over a labelled corpus, and scores the threads against the gold clusters.
 */
public final class ThreadingEvaluation {

    private final ArticleAnalyzer analyzer;
    private final SignalExtractor signals;
    private final TermExtractor terms;
    private final ContentFingerprinter fingerprinter;
    private final Gazetteer gazetteer;

    public ThreadingEvaluation(ArticleAnalyzer analyzer, SignalExtractor signals, TermExtractor terms, ContentFingerprinter fingerprinter,
            Gazetteer gazetteer) {
        this.analyzer = analyzer;
        this.signals = signals;
        this.terms = terms;
        this.fingerprinter = fingerprinter;
        this.gazetteer = gazetteer;
    }

    /**
     * @param threadOf the main thread each article was placed in, by article id
     * @param labelOf  the label of each thread, by thread code
     * @param crossReferences how many article parts were shown in a thread other than their article's
     * @param seconds  the wall time of analysis and threading
     */
    public record Result(ClusteringScores scores, int articles, int goldClusters, int threads, int crossReferences, double seconds,
            Map<String, String> goldOf, Map<String, String> threadOf, Map<String, String> labelOf) {

        public double articlesPerSecond() {
            return seconds == 0 ? articles : articles / seconds;
        }
    }

    public Result evaluate(List<LabelledDocument> corpus, ThreadProfile profile, LocalDate runDate) {
        long start = System.nanoTime();
        Map<String, String> goldOf = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (LabelledDocument labelled : corpus) {
            Article article = analyzer.analyze(labelled.document(), profile.anchors(), runDate);
            articles.add(article);
            goldOf.put(article.id(), labelled.cluster());
        }
        articles.sort(PlacementOrder.ARTICLES);
        ThreadAssigner assigner = new ThreadAssigner(new ThreadingState(), profile, signals, terms, fingerprinter, gazetteer);
        Map<String, String> threadOf = new HashMap<>();
        int crossReferences = 0;
        for (Article article : articles) {
            ThreadAssignment assignment = assigner.assign(0, article);
            assignment.newThreads().forEach(thread -> labelOf.put(thread.code(), thread.label()));
            assignment.parts().stream().filter(p -> p.role() == PartRole.MAIN)
                    .forEach(p -> threadOf.put(article.id(), p.threadCode()));
            crossReferences += (int) assignment.parts().stream().filter(p -> p.role() == PartRole.CROSS_REFERENCE).count();
        }
        Map<String, List<Article>> members = new HashMap<>();
        articles.forEach(a -> members.computeIfAbsent(threadOf.get(a.id()), t -> new ArrayList<>()).add(a));
        labelOf.putAll(assigner.labelsOfNewClusters(code -> members.getOrDefault(code, List.of())));
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> ids = articles.stream().map(Article::id).toList();
        ClusteringScores scores = ClusteringScores.of(ids.stream().map(goldOf::get).toList(), ids.stream().map(threadOf::get).toList());
        return new Result(scores, articles.size(), (int) goldOf.values().stream().distinct().count(),
                (int) threadOf.values().stream().distinct().count(), crossReferences, seconds, goldOf, threadOf, labelOf);
    }
}
