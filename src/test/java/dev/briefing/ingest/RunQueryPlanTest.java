package dev.briefing.ingest;

import dev.briefing.article.ArticleStore;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the embedded database finds the articles a run carries forward and then works on. Every run
 * over an archive asks these for all its articles, so a scan of the article rows (bodies included)
 * costs minutes at 100,000 articles: a second run over an unchanged archive spent minutes scanning
 * per file, then a minute rewriting whole rows to mark them seen.
 */
class RunQueryPlanTest {

    private final JdbcClient jdbc = migrated();

    private static JdbcClient migrated() {
        SimpleDriverDataSource database = InMemorySchema.database("run-query-plan");
        InMemorySchema.migrate(database, MigrationVersion.LATEST);
        return JdbcClient.create(database);
    }

    @Test
    void carryingAFileForwardUpdatesTheNarrowTableFoundByItsFileIndex() {
        String plan = explain(InputFileLedger.MARK_FILE_SEEN, 2L, 1L, "export-00001.jsonl");

        assertThat(plan).contains("UPDATE \"PUBLIC\".\"ARTICLE_SIGHTING\"")
                .contains("ARTICLE_SIGHTING_BY_FILE: COLLECTION_ID = ").contains("AND SOURCE_PATH = ");
    }

    @Test
    void aRunsArticlesAreSelectedAndJoinedThroughIndexesAlone() {
        String plan = explain("SELECT a.id" + ArticleStore.ARTICLES_SEEN_BY_RUN
                + " ORDER BY a.date_value, a.source_key, a.first_seen_instance, a.stored_by_instance", 1L, 2L);

        assertThat(plan).contains("ARTICLE_SIGHTING_BY_RUN: COLLECTION_ID = ").contains("AND LAST_SEEN_INSTANCE = ")
                .as("the index that holds every column read, so no article row is read")
                .contains("ARTICLE_RUN_FACTS: COLLECTION_ID = S.COLLECTION_ID");
    }

    private String explain(String sql, Object... params) {
        return jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).single();
    }
}
