package dev.briefing.job;

import dev.briefing.ingest.ArticleSourceReader;
import dev.briefing.ingest.InputPartitioner;
import dev.briefing.ingest.SkipShare;
import dev.briefing.ingest.TooManySkipsException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.Collection;
import java.util.Objects;

/**
 * Adds up the ingest workers' counts, then fails ingest when its unusable inputs are more than the
 * allowed share of all inputs ({@link SkipShare}). It judges once every worker has finished, on the
 * counts of the whole run: each worker's latest execution, so that a restarted run counts the
 * workers that had already finished before it, and judges as the first attempt would have.
 */
final class SkipShareCheck implements StepExecutionAggregator {

    /** Where Spring Batch's splitter keeps the number of partitions, the same over restarts. */
    private static final String GRID_SIZE = "SimpleStepExecutionSplitter.GRID_SIZE";

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
    private final JobRepository jobRepository;
    private final double maxSkipShare;
    private final boolean fixedLimitInstead;

    SkipShareCheck(JobRepository jobRepository, double maxSkipShare, int fixedSkipLimit) {
        this.jobRepository = jobRepository;
        this.maxSkipShare = maxSkipShare;
        this.fixedLimitInstead = fixedSkipLimit >= 0;
    }

    @Override
    public void aggregate(StepExecution ingest, Collection<StepExecution> workers) {
        counts.aggregate(ingest, workers);
        if (fixedLimitInstead || ingest.getStatus().isUnsuccessful()) {
            return;
        }
        SkipShare share = wholeRun(ingest);
        if (share.exceeds(maxSkipShare)) {
            ingest.setStatus(BatchStatus.FAILED);
            ingest.setExitStatus(ExitStatus.FAILED);
            ingest.addFailureException(new TooManySkipsException(share.explanation(maxSkipShare)));
        }
    }

    private SkipShare wholeRun(StepExecution ingest) {
        JobInstance instance = ingest.getJobExecution().getJobInstance();
        int partitions = (int) ingest.getExecutionContext().getLong(GRID_SIZE);
        long inputs = 0;
        long skips = 0;
        for (String partition : InputPartitioner.names(partitions)) {
            StepExecution worker = Objects.requireNonNull(jobRepository.getLastStepExecution(instance,
                    BriefingJobConfiguration.INGEST_FILES + ":" + partition), partition);
            ExecutionContext context = worker.getExecutionContext();
            inputs += context.getInt(ArticleSourceReader.FILE_COUNT, 0) + context.getInt(ArticleSourceReader.UNCHANGED_COUNT, 0)
                    + context.getInt(ArticleSourceReader.INPUTS_BEYOND_FILES, 0);
            skips += worker.getSkipCount();
        }
        return new SkipShare(inputs, skips);
    }
}
