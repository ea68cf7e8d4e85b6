package dev.briefing.bench.micro;

import dev.briefing.corpus.SyntheticCorpus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Realistic articles for the microbenchmarks: the same generator, seed and spread over
 * negotiations as the end-to-end corpora, so a microbenchmark's article is an article the job reads.
 */
public final class SampleArticles {

    public static final long SEED = 42;
    public static final int PER_NEGOTIATION = 50;
    /** As many terms as the job stores for an article (the most frequent; ArticleAnalyzer keeps 200). */
    public static final int STORED_TERMS = 200;

    private SampleArticles() {
    }

    public static List<SyntheticCorpus.Article> articles(int count, int perNegotiation) {
        return new SyntheticCorpus(SEED).articles(count, perNegotiation);
    }

    /** Title and text as the job analyses them: the title as the first paragraph. */
    public static List<String> texts(int count) {
        return articles(count, PER_NEGOTIATION).stream().map(SampleArticles::text).toList();
    }

    public static String text(SyntheticCorpus.Article article) {
        return article.title() + "\n\n" + article.text();
    }

    /** An article's term counts cut to the terms the job stores for it, as the thread step sees them. */
    public static Map<String, Integer> storedTerms(Map<String, Integer> counts) {
        if (counts.size() <= STORED_TERMS) {
            return counts;
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(STORED_TERMS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
