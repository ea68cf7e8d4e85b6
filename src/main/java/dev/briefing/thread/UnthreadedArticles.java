package dev.briefing.thread;

import dev.briefing.article.ArticleStore;
import dev.briefing.article.StoredArticle;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The thread step's reader: the articles a run read that have no thread yet, in the
 * {@link PlacementOrder} (by date), so that online threading sees coverage as it unfolded. It
 * keeps no position: placed articles drop out of the query, so a restart simply asks again.
 *
 * <p>It orders the ids alone and then loads the articles a page at a time. Ordering whole rows
 * made H2 copy every body into a temporary sorted result before the first article came back
 * (77 s of a 100,000-article run). The next page is loaded on another thread while the current
 * one is threaded, since placing articles keeps one core busy and loading would only add to it.
 */
public class UnthreadedArticles implements ItemStreamReader<StoredArticle> {

    /** Articles loaded per query: few round trips, little held at once. */
    static final int PAGE = 250;
    /** How long closing waits for a page still loading: one page takes well under a second. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private static final String UNTHREADED = ArticleStore.ARTICLES_SEEN_BY_RUN
            + " AND NOT EXISTS (SELECT 1 FROM article_part p WHERE p.article_id = a.id)";

    private final JdbcClient jdbc;
    private final ArticleStore articles;
    private final long collectionId;
    private final long jobInstanceId;
    private final int pageSize;
    private List<String> ids = List.of();
    private int loaded;
    private final Deque<StoredArticle> page = new ArrayDeque<>();
    private ExecutorService loader;
    private Future<List<StoredArticle>> nextPage;

    public UnthreadedArticles(JdbcClient jdbc, ArticleStore articles, long collectionId, long jobInstanceId) {
        this(jdbc, articles, collectionId, jobInstanceId, PAGE);
    }

    UnthreadedArticles(JdbcClient jdbc, ArticleStore articles, long collectionId, long jobInstanceId, int pageSize) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.collectionId = collectionId;
        this.jobInstanceId = jobInstanceId;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        ids = jdbc.sql("SELECT a.id" + UNTHREADED + PlacementOrder.SQL)
                .params(ArticleStore.runParameters(collectionId, jobInstanceId)).query(String.class).list();
        loaded = 0;
        page.clear();
        loader = BackgroundWork.worker("thread-step-reader");
        nextPage = loadNextPage();
    }

    @Override
    public StoredArticle read() throws InterruptedException {
        // A page can come back empty (its articles deleted since the ids were ordered): a null
        // here would end the step with later articles unthreaded, so go on to the next one.
        while (page.isEmpty() && nextPage != null) {
            page.addAll(BackgroundWork.resultOf(nextPage, "loading articles to thread"));
            nextPage = loadNextPage();
        }
        return page.poll();
    }

    /** Starts loading the page after those asked for so far; null when every id is asked for. */
    private Future<List<StoredArticle>> loadNextPage() {
        if (loaded >= ids.size()) {
            return null;
        }
        List<String> next = ids.subList(loaded, Math.min(ids.size(), loaded + pageSize));
        loaded += next.size();
        return loader.submit(() -> articles.inOrder(next));
    }

    /**
     * Lets a page still loading (when the step failed or was stopped) finish rather than
     * interrupting it: an interrupt during a read closes H2's file channel, and with it the
     * database the job repository must still record the outcome in.
     */
    @Override
    public void close() throws ItemStreamException {
        if (loader != null) {
            loader.shutdown();
            try {
                if (!loader.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new ItemStreamException("a page of articles was still loading " + CLOSE_WAIT.toSeconds() + " s after the step ended");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ids = List.of();
        page.clear();
        nextPage = null;
    }

    /** How many articles the reader will return, for progress display. */
    public static long count(JdbcClient jdbc, long collectionId, long jobInstanceId) {
        return jdbc.sql("SELECT COUNT(*)" + UNTHREADED).params(ArticleStore.runParameters(collectionId, jobInstanceId))
                .query(Long.class).single();
    }
}
