package dev.briefing.ingest;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the embedded database finds the articles of a file a run carries forward. Every run over
 * an archive does it for every unchanged file, so a scan there costs files times articles (a
 * second run over 100,000 unchanged articles in 100 files spent minutes scanning).
 */
class CarryForwardPlanTest {

    @Test
    void findsAFilesArticlesThroughTheSourceFileIndex() {
        SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:carry-forward-plan;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();

        String plan = JdbcClient.create(database).sql("EXPLAIN " + InputFileLedger.MARK_FILE_SEEN)
                .params(2L, 1L, "export-00001.jsonl").query(String.class).single();

        assertThat(plan).contains("ARTICLE_SOURCE_FILE: COLLECTION_ID = ").contains("AND SOURCE_PATH = ");
    }
}
