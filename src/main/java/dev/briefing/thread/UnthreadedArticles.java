package dev.briefing.thread;

import dev.briefing.article.ArticleStore;
import dev.briefing.article.StoredArticle;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * The thread step's reader: the articles a run read that have no thread yet, in date order with
 * undated articles last, so that online threading sees coverage as it unfolded. It keeps no
 * position: placed articles drop out of the query, so a restart simply asks again.
 */
public final class UnthreadedArticles {

    private UnthreadedArticles() {
    }

    private static final String UNTHREADED = " WHERE a.collection_id = ? AND a.last_seen_instance = ?"
            + " AND NOT EXISTS (SELECT 1 FROM article_part p WHERE p.article_id = a.id)";

    public static JdbcCursorItemReader<StoredArticle> reader(DataSource dataSource, long collectionId, long jobInstanceId) {
        return new JdbcCursorItemReaderBuilder<StoredArticle>()
                .name("unthreadedArticles")
                .dataSource(dataSource)
                .sql(ArticleStore.SELECT + UNTHREADED + " ORDER BY COALESCE(a.date_value, DATE '9999-12-31'), a.id")
                .queryArguments(collectionId, jobInstanceId)
                .rowMapper(ArticleStore.ROW_MAPPER)
                .saveState(false)
                .build();
    }

    /** How many articles the reader will return, for progress display. */
    public static long count(JdbcClient jdbc, long collectionId, long jobInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM article a" + UNTHREADED).params(collectionId, jobInstanceId).query(Long.class).single();
    }
}
