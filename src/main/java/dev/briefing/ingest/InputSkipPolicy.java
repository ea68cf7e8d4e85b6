package dev.briefing.ingest;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips unusable inputs until they are most of the input: the run then fails instead of producing
 * a briefing from the few readable leftovers. The limit is a share (default half) of the inputs
 * known so far (the input files, or more once files holding many records are read), or a fixed
 * number when one is configured, counted over all workers of the run (see {@link SkipBudget}).
 * Only {@link SkippedInputException} is skipped; any other error is a fault of the job and fails it.
 */
public class InputSkipPolicy implements SkipPolicy {

    private final SkipBudget budget;
    private final String worker;
    private final double maxSkipShare;
    private final int fixedLimit;

    /**
     * @param worker     the worker this policy decides for, and whose reader's count of inputs it joins
     * @param fixedLimit a fixed number of skips allowed, or a negative number to use the share
     */
    public InputSkipPolicy(SkipBudget budget, String worker, ArticleSourceReader reader, double maxSkipShare, int fixedLimit) {
        this.budget = budget;
        this.worker = worker;
        this.maxSkipShare = maxSkipShare;
        this.fixedLimit = fixedLimit;
        budget.join(worker, reader::inputsBeyondFiles);
    }

    @Override
    public boolean shouldSkip(Throwable error, long skipCount) {
        if (!(error instanceof SkippedInputException skipped)) {
            return false;
        }
        long limit = limit();
        if (budget.skipsBefore(worker, skipCount) >= limit) {
            throw new SkipLimitExceededException(limit, new SkippedInputException(skipped.source(),
                    skipped.reason() + " (more than " + limit + " unusable inputs: " + describeLimit() + "; the run stops)"));
        }
        budget.granted(worker, skipCount + 1);
        return true;
    }

    long limit() {
        return fixedLimit >= 0 ? fixedLimit : (long) Math.floor(budget.inputsKnown() * maxSkipShare);
    }

    private String describeLimit() {
        return fixedLimit >= 0
                ? "briefing.ingest.skip-limit is " + fixedLimit
                : "at most " + Math.round(maxSkipShare * 100) + "% of the " + budget.inputsKnown()
                        + " inputs may be skipped (briefing.ingest.max-skip-share)";
    }
}
