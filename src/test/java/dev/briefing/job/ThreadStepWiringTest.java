package dev.briefing.job;

import dev.briefing.article.Article;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.thread.SignalExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * The thread step prepares each article on its preparing thread as soon as it is read, which only
 * happens when the step registers the processor as a read listener. Without it every article is
 * still placed, prepared on the placing thread instead, so only where the preparing ran tells.
 */
@SpringBootTest(properties = "briefing.cli.enabled=false")
@SpringBatchTest
class ThreadStepWiringTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "thread-wiring");
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @MockitoSpyBean
    SignalExtractor signals;

    @Test
    void everyArticleIsPreparedOnThePreparingThreadAsItIsRead() throws Exception {
        List<String> preparedOn = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            preparedOn.add(Thread.currentThread().getName());
            return call.callRealMethod();
        }).when(signals).signals(any(Article.class));

        JobExecution execution = jobs.startJob(SeedRun.parameters(SeedRun.SEEDS, work.resolve("output")).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long threaded = SeedRun.step(execution, BriefingJobConfiguration.THREAD).getReadCount();
        assertThat(threaded).isPositive();
        assertThat(preparedOn).hasSize((int) threaded).containsOnly("thread-step-prepare");
    }
}
