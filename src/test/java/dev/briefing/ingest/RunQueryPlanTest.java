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
    void carryingAFileForwardUpdatesItsOwnRowOnly() {
        String plan = jdbc.sql("EXPLAIN " + InputFileLedger.MARK_FILE_CARRIED_FORWARD).params(2L, 1L, "export-00001.jsonl")
                .query(String.class).single();

        assertThat(plan).contains("UPDATE \"PUBLIC\".\"INPUT_FILE\"")
                .contains("PRIMARY_KEY").contains("COLLECTION_ID = ").contains("AND PATH = ")
                .doesNotContain("ARTICLE_SIGHTING");
    }

    @Test
    void aRunsArticlesAreSelectedAndJoinedThroughIndexesAlone() {
        String plan = jdbc.sql("EXPLAIN SELECT a.id" + ArticleStore.ARTICLES_SEEN_BY_RUN
                        + " ORDER BY a.date_value, a.source_key, a.first_seen_instance, a.stored_by_instance")
                .params(ArticleStore.runParameters(1L, 2L)).query(String.class).single();

        assertThat(plan).as("the articles the run stored or found again, by their sighting")
                .contains("ARTICLE_SIGHTING_BY_RUN: COLLECTION_ID = ").contains("AND LAST_SEEN_INSTANCE = ")
                .as("the articles of the files the run carried forward, by file")
                .contains("INPUT_FILE_CARRIED: COLLECTION_ID = ").contains("AND CARRIED_BY_INSTANCE = ")
                .contains("ARTICLE_SIGHTING_IN_FILE: ").contains("SOURCE_PATH = F.PATH")
                .as("the index that holds every column read, so no article row is read")
                .contains("ARTICLE_RUN_FACTS: COLLECTION_ID = ").contains("AND ID IN(")
                .as("the two as one derived table, which H2 runs once: a bare union in IN ran again for every row")
                .contains(") SEEN");
    }
}
