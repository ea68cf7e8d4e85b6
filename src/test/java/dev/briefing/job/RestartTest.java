package dev.briefing.job;

import dev.briefing.TestFolders;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.briefing.ingest.ScratchDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that failed is finished by starting it again with the same parameters: it resumes where
 * it stopped and stores no article twice. Skips are not allowed here (skip limit 0) so that one
 * bad file fails the run mid-ingest, after earlier chunks (of one article each) were committed.
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.ingest.skip-limit=0", "briefing.ingest.chunk-size=1",
        "briefing.ingest.workers=1"})
@SpringBatchTest
class RestartTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "restart");
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JobRepository repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunThatFailedInIngestResumesAfterTheLastCommittedArticle() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("ingest-input"));
        Path bad = Files.writeString(input.resolve("002a_truncated.txt"), "");
        JobParameters parameters = SeedRun.parameters(input, work.resolve("ingest-output")).toJobParameters();

        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(articlesIn(input)).isEqualTo(3);

        Files.delete(bad);
        JobExecution restarted = jobs.startJob(parameters);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(SeedRun.step(restarted, "ingest").getReadCount()).as("only the files after the failure are read again").isEqualTo(2);
        assertThat(articlesIn(input)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT source_key) FROM article a JOIN collection c ON c.id = a.collection_id WHERE c.root = ?")
                .param(input.toString()).query(Integer.class).single()).isEqualTo(5);
        assertThat(Files.exists(work.resolve("ingest-output/ingest-input-2026-11-23/briefing.pdf"))).isTrue();
    }

    @Test
    void aRunThatFailedInRenderOnlyRendersAgain() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("render-input"));
        Path templates = TestFolders.copyOfTemplates(work.resolve("templates"));
        Path stylesheet = templates.resolve("briefing.css");
        String css = Files.readString(stylesheet);
        Files.delete(stylesheet);
        JobParameters parameters = SeedRun.parameters(input, work.resolve("render-output"), templates).toJobParameters();

        JobExecution failed = jobs.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(SeedRun.step(failed, "render").getStatus()).isEqualTo(BatchStatus.FAILED);
        int parts = partsIn(input);

        Files.writeString(stylesheet, css);
        JobExecution restarted = jobs.startJob(parameters);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).as("the steps after the failure, not those before")
                .containsExactly("render", "deliver");
        assertThat(repository.getJobExecutions(restarted.getJobInstance())).hasSize(2);
        assertThat(articlesIn(input)).isEqualTo(5);
        assertThat(partsIn(input)).isEqualTo(parts);
    }

    private int articlesIn(Path input) {
        return jdbc.sql("SELECT COUNT(*) FROM article a JOIN collection c ON c.id = a.collection_id WHERE c.root = ?")
                .param(input.toString()).query(Integer.class).single();
    }

    private int partsIn(Path input) {
        return jdbc.sql("SELECT COUNT(*) FROM article_part p JOIN collection c ON c.id = p.collection_id WHERE c.root = ?")
                .param(input.toString()).query(Integer.class).single();
    }
}
