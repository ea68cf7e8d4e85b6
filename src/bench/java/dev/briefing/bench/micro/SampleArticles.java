package dev.briefing.bench.micro;

import dev.briefing.corpus.SyntheticCorpus;

import java.util.List;

/**
 * Realistic articles for the microbenchmarks: the same generator, seed and spread over
 * negotiations as the end-to-end corpora, so a microbenchmark's article is an article the job reads.
 */
public final class SampleArticles {

    public static final long SEED = 42;
    public static final int PER_NEGOTIATION = 50;
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
}
