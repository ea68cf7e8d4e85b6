package dev.briefing.job;

import dev.briefing.PostgresTest;
import dev.briefing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BriefingJobEndToEndTest} with nothing but the data source pointing the job at PostgreSQL:
 * Flyway builds the schema there, the briefing says the same, and the run is kept there.
 */
@PostgresTest
class PostgresBriefingJobEndToEndTest extends BriefingJobEndToEndTest {

    /** Also shows the partitioned ingest working unchanged on the JDBC job repository in PostgreSQL. */
    @Test
    void theJobRepositoryAndTheArticleStoreInPostgresHoldTheRun() {
        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(PostgresTestDatabase.schemaOf(getClass()));
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(execution.getId())
                .query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT step_name, status, write_count FROM batch_step_execution WHERE job_execution_id = ?"
                        + " ORDER BY step_execution_id")
                .param(execution.getId())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3)).list())
                .containsExactlyInAnyOrder("ingest COMPLETED 5", "ingest-files:partition0 COMPLETED 4", "ingest-files:partition1 COMPLETED 1",
                        "thread COMPLETED 5", "render COMPLETED 0", "deliver COMPLETED 0");

        long run = execution.getJobInstance().getInstanceId();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE first_seen_instance = ?").param(run).query(Integer.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT code FROM negotiation_thread WHERE declared ORDER BY code").query(String.class).list())
                .containsExactly("eu-humanitarian-truce", "gaza-ceasefire", "turkey-hamas-channel");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_part WHERE role = 'CROSS_REFERENCE'").query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT produced_at FROM briefing_run WHERE job_instance_id = ?").param(run)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single())
                .isEqualTo(SeedRun.PRODUCED_AT.toInstant());
    }
}
