package dev.briefing.job;

import dev.briefing.ingest.ArticleSourceReader;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.util.function.ToLongFunction;

/**
 * Feeds a step's progress to the {@link ProgressDisplay}: the total when the step starts (if it
 * can be counted up front), the items read after each chunk, and a last report when it ends.
 */
final class StepProgress implements StepExecutionListener, ChunkListener<Object, Object> {

    /** What ingest's progress counts. */
    private static final String INGEST_UNIT = "files";

    private final ProgressDisplay display;
    private final String step;
    private final String unit;
    private final ToLongFunction<StepExecution> total;
    /** How many workers add their share of the total; 0 for a step that counts its own. */
    private final int workers;
    private StepExecution execution;

    /** For the partitioned ingest step, whose workers count their own shares and progress ({@link #ingestWorker}). */
    static StepProgress ingest(ProgressDisplay display, int workers) {
        return new StepProgress(display, BriefingJobConfiguration.INGEST, INGEST_UNIT, null, workers);
    }

    StepProgress(ProgressDisplay display, String step, String unit, ToLongFunction<StepExecution> total) {
        this(display, step, unit, total, 0);
    }

    private StepProgress(ProgressDisplay display, String step, String unit, ToLongFunction<StepExecution> total, int workers) {
        this.display = display;
        this.step = step;
        this.unit = unit;
        this.total = total;
        this.workers = workers;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        execution = stepExecution;
        if (workers > 0) {
            display.task(step, unit).expectShares(workers);
        }
        if (total != null) {
            display.task(step, unit).addTotal(total.applyAsLong(stepExecution));
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        if (total != null) {
            display.task(step, unit).doneSoFar(execution.getReadCount());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        // A chunk's items are added to the read count only after its afterChunk, so the last report
        // takes the count from the ended step: else it lags a chunk ("0 of 5" for a one-chunk step).
        if (total != null) {
            display.task(step, unit).doneSoFar(stepExecution.getReadCount());
        }
        display.finish(step);
        return null;
    }

    /** What one ingest worker's reader reports, added into the step's shared progress. */
    static ArticleSourceReader.ProgressListener ingestWorker(ProgressDisplay display) {
        return new ArticleSourceReader.ProgressListener() {
            @Override
            public void filesToRead(int count) {
                display.task(BriefingJobConfiguration.INGEST, INGEST_UNIT).addTotal(count);
            }

            @Override
            public void fileRead(String relativePath) {
                display.task(BriefingJobConfiguration.INGEST, INGEST_UNIT).advance(relativePath);
            }
        };
    }
}
