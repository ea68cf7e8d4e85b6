package dev.briefing.ingest;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips unusable inputs. With a fixed limit configured, the run stops as soon as its workers
 * together have skipped more than that (see {@link SkipBudget}); the default limit, a share of all
 * inputs, is checked once every input has been read ({@link SkipShare}), because only then is the
 * number of inputs known, and because a verdict taken earlier would depend on which worker happened
 * to meet its bad files first. Only {@link SkippedInputException} is skipped; any other error is a
 * fault of the job and fails it.
 */
public class InputSkipPolicy implements SkipPolicy {

    private final SkipBudget budget;
    private final String worker;
    private final int fixedLimit;

    /**
     * @param worker     the worker this policy decides for
     * @param fixedLimit a fixed number of skips allowed, or a negative number to leave the limit to the share
     */
    public InputSkipPolicy(SkipBudget budget, String worker, int fixedLimit) {
        this.budget = budget;
        this.worker = worker;
        this.fixedLimit = fixedLimit;
    }

    @Override
    public boolean shouldSkip(Throwable error, long skipCount) {
        if (!(error instanceof SkippedInputException skipped)) {
            return false;
        }
        if (fixedLimit >= 0 && budget.skipsBefore(worker, skipCount) >= fixedLimit) {
            throw new SkipLimitExceededException(fixedLimit, new SkippedInputException(skipped.source(), skipped.reason()
                    + " (more than " + fixedLimit + " unusable inputs: briefing.ingest.skip-limit is " + fixedLimit + "; the run stops)"));
        }
        budget.granted(worker, skipCount + 1);
        return true;
    }
}
