package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
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
import java.util.function.Function;

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
        return readAll(reader, article -> article.id());
    }

    private static List<String> readAll(UnthreadedArticles reader, Function<Article, String> key) throws InterruptedException {
        List<String> keys = new ArrayList<>();
        for (StoredArticle article = reader.read(); article != null; article = reader.read()) {
            keys.add(key.apply(article.article()));
        }
        reader.close();
        return keys;
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

    /**
     * Articles of one day come in the order of their sources, wherever the input folder is: their
     * ids hash the folder's path, and ordered by id, the same archive read from another folder was
     * threaded in another order (a few articles in 10,000 placed differently).
     */
    @Test
    void articlesOfOneDayComeInTheOrderOfTheirSourcesWhateverTheFolder() throws InterruptedException {
        List<String> sourceKeys = Seeds.ALL.stream().sorted().toList();
        for (String folder : List.of("/unthreaded/archive", "/elsewhere/archive", "/mnt/copy-of/archive")) {
            long collection = stored(folder);
            jdbc.sql("UPDATE article SET date_status = 'STATED', date_value = DATE '2024-01-15', date_earliest = DATE '2024-01-15',"
                    + " date_latest = DATE '2024-01-15' WHERE collection_id = ?").param(collection).update();

            assertThat(readAll(opened(collection, 2), article -> article.source().key())).as(folder).isEqualTo(sourceKeys);
        }
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
