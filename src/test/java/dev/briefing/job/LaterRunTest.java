package dev.briefing.job;

import dev.briefing.TestFolders;
import dev.briefing.Seeds;
import dev.briefing.ingest.ScratchDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A later run on a folder an earlier run read. The time zone is not UTC so that the earlier
 * briefing's time shows whether it is given in the run's zone whatever the database gives back
 * (PostgreSQL keeps the instant only).
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.zone=Asia/Tokyo"})
@SpringBatchTest
class LaterRunTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "later-run");
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcClient jdbc;

    /**
     * Without a profile the threads are clustered and numbered, so a later run can only continue
     * them if the store gives back every thread, development and signal exactly as it took them.
     */
    @Test
    void continuesTheSameThreadsAndSaysWhatIsNewSinceTheEarlierBriefing() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("seeds"));
        Files.delete(input.resolve("threads.yaml"));
        Path heldBack = Files.move(input.resolve(Seeds.CAIRO_EFE), work.resolve("held-back.txt"));
        RunParameters first = SeedRun.parameters(input, work.resolve("output"));
        JobExecution firstRun = jobs.startJob(first.toJobParameters());
        assertThat(firstRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> partsBefore = parts(input);
        List<String> threadsBefore = threads(input);

        Files.move(heldBack, input.resolve(Seeds.CAIRO_EFE));
        RunParameters second = SeedRun.dayAfter(first);
        assertThat(jobs.startJob(second.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(threadsBefore).containsExactly("t1 created by run " + firstRun.getJobInstance().getInstanceId());
        assertThat(threads(input)).isEqualTo(threadsBefore);
        assertThat(parts(input)).containsAll(partsBefore).hasSize(partsBefore.size() + 1)
                .as("a development after the three the first run found").contains(Seeds.CAIRO_EFE + " t1 t1-d4 MAIN");
        assertThat(Jsoup.parse(second.briefingFolder().resolve("briefing.html").toFile()).select(".since p").text())
                .isEqualTo("Since the briefing of 23 November 2026, 15:00 +09:00: 1 new article.");
    }

    private List<String> parts(Path input) {
        return jdbc.sql("SELECT a.source_key, p.thread_code, p.development_code, p.role FROM article_part p"
                        + " JOIN article a ON a.id = p.article_id JOIN collection c ON c.id = p.collection_id WHERE c.root = ?"
                        + " ORDER BY a.source_key, p.thread_code")
                .param(input.toString())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)).list();
    }

    private List<String> threads(Path input) {
        return jdbc.sql("SELECT t.code, t.created_by_instance FROM negotiation_thread t JOIN collection c ON c.id = t.collection_id"
                        + " WHERE c.root = ? ORDER BY t.code")
                .param(input.toString())
                .query((rs, row) -> rs.getString(1) + " created by run " + rs.getLong(2)).list();
    }
}
