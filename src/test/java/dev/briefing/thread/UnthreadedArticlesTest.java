package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.StoredArticle;
import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The thread step's reader, page by page, against the real store. */
@SpringBootTest(properties = "briefing.cli.enabled=false")
class UnthreadedArticlesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ScratchDatabase.register(registry, "unthreaded");
    }

    @Autowired
    ArticleStore articles;
    @Autowired
    JdbcClient jdbc;

    private long stored(String collection) {
        Seeds.articlesInDateOrder(collection).forEach(article -> articles.save(article, 1));
        return articles.collectionId(collection);
    }

    private UnthreadedArticles opened(long collection, int pageSize) {
        UnthreadedArticles reader = new UnthreadedArticles(jdbc, articles, collection, 1, pageSize);
        reader.open(new ExecutionContext());
        return reader;
    }

    private static List<String> readAll(UnthreadedArticles reader) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (StoredArticle article = reader.read(); article != null; article = reader.read()) {
            ids.add(article.article().id());
        }
        reader.close();
        return ids;
    }

    @Test
    void smallPagesReturnEveryArticleOnceInTheOrderOfOnePage() throws InterruptedException {
        long collection = stored("/unthreaded/pages");
        UnthreadedArticles onePage = opened(collection, UnthreadedArticles.PAGE);
        UnthreadedArticles pagesOfTwo = opened(collection, 2);

        List<String> expected = readAll(onePage);
        assertThat(expected).hasSize(Seeds.ALL.size()).doesNotHaveDuplicates();
        assertThat(readAll(pagesOfTwo)).isEqualTo(expected);
    }

    @Test
    void aPageWhoseArticlesWereDeletedDoesNotEndTheReading() throws InterruptedException {
        long collection = stored("/unthreaded/deleted");
        List<String> all = readAll(opened(collection, UnthreadedArticles.PAGE));
        UnthreadedArticles reader = opened(collection, 2);

        // The second page (third and fourth article) disappears after the ids were ordered.
        jdbc.sql("DELETE FROM article WHERE id IN (:ids)").param("ids", all.subList(2, 4)).update();

        List<String> expected = new ArrayList<>(all);
        expected.removeAll(all.subList(2, 4));
        assertThat(readAll(reader)).isEqualTo(expected).hasSize(Seeds.ALL.size() - 2);
    }
}
