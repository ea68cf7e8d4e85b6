package dev.briefing.job;

import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run's progress lines say, as an operator reading a scheduled run's log sees them. */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.progress=log"})
@SpringBatchTest
@ExtendWith(OutputCaptureExtension.class)
class StepProgressTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "step-progress");
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Test
    void eachStepsLastProgressLineCountsEverythingItDid(CapturedOutput output) throws Exception {
        JobExecution execution = jobs.startJob(SeedRun.parameters(SeedRun.SEEDS, work.resolve("output")).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long threaded = SeedRun.step(execution, BriefingJobConfiguration.THREAD).getReadCount();
        assertThat(threaded).isPositive();
        assertThat(lastLine(output, "thread: ")).endsWith("thread: " + threaded + " of " + threaded + " articles (100%)");
        assertThat(lastLine(output, "ingest: ")).contains("ingest: 5 of 5 files (100%)");
        assertThat(output.getAll().lines().filter(line -> line.contains("ingest: ")))
                .as("the seeds' 5 files are 4 for one worker and 1 for the other: no line counts one share alone")
                .allSatisfy(line -> assertThat(line).contains(" of 5 files"));
    }

    private static String lastLine(CapturedOutput output, String prefix) {
        return output.getAll().lines().filter(line -> line.contains(prefix)).reduce((first, second) -> second).orElse("none");
    }
}
