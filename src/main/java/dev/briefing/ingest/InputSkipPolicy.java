package dev.briefing.ingest;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

import java.util.function.IntSupplier;

/**
 * Skips unusable inputs until they are most of the input: the run then fails instead of producing
 * a briefing from the few readable leftovers. The limit is a share (default half) of the inputs
 * known so far (the input files, or more once files holding many records are read), or a fixed
 * number when one is configured. Only {@link SkippedInputException} is skipped; any other error is
 * a fault of the job and fails it.
 */
public class InputSkipPolicy implements SkipPolicy {

    private final IntSupplier inputCount;
    private final double maxSkipShare;
    private final int fixedLimit;

    /**
     * @param fixedLimit a fixed number of skips allowed, or a negative number to use the share
     */
    public InputSkipPolicy(IntSupplier inputCount, double maxSkipShare, int fixedLimit) {
        this.inputCount = inputCount;
        this.maxSkipShare = maxSkipShare;
        this.fixedLimit = fixedLimit;
    }

    @Override
    public boolean shouldSkip(Throwable error, long skipCount) {
        if (!(error instanceof SkippedInputException skipped)) {
            return false;
        }
        long limit = limit();
        if (skipCount >= limit) {
            throw new SkipLimitExceededException(limit, new SkippedInputException(skipped.source(),
                    skipped.reason() + " (more than " + limit + " unusable inputs: " + describeLimit() + "; the run stops)"));
        }
        return true;
    }

    long limit() {
        return fixedLimit >= 0 ? fixedLimit : (long) Math.floor(inputCount.getAsInt() * maxSkipShare);
    }

    private String describeLimit() {
        return fixedLimit >= 0
                ? "briefing.ingest.skip-limit is " + fixedLimit
                : "at most " + Math.round(maxSkipShare * 100) + "% of the " + inputCount.getAsInt()
                        + " inputs may be skipped (briefing.ingest.max-skip-share)";
    }
}
