package dev.briefing.ingest;

import dev.briefing.article.SourceRef;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputSkipPolicyTest {

    private static final SkippedInputException BAD = new SkippedInputException(SourceRef.file("x.txt"), "the file is empty");

    @Test
    void leavesTheShareToTheEndOfIngestAndSkipsEveryUnusableInputMeanwhile() {
        InputSkipPolicy policy = new InputSkipPolicy(new SkipBudget(), "worker", -1);

        for (int skipped = 0; skipped < 1000; skipped++) {
            assertThat(policy.shouldSkip(BAD, skipped)).isTrue();
        }
    }

    @Test
    void aFixedLimitStopsTheRunAtOnce() {
        InputSkipPolicy policy = new InputSkipPolicy(new SkipBudget(), "worker", 1);

        assertThat(policy.shouldSkip(BAD, 0)).isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(BAD, 1)).isInstanceOf(SkipLimitExceededException.class)
                .hasStackTraceContaining("more than 1 unusable inputs").hasStackTraceContaining("briefing.ingest.skip-limit is 1");
    }

    @Test
    void theFixedLimitHoldsForTheWholeRunNotForEachWorker() {
        SkipBudget budget = new SkipBudget();
        InputSkipPolicy first = new InputSkipPolicy(budget, "partition0", 3);
        InputSkipPolicy second = new InputSkipPolicy(budget, "partition1", 3);

        assertThat(first.shouldSkip(BAD, 0)).isTrue();
        assertThat(first.shouldSkip(BAD, 1)).isTrue();
        assertThat(second.shouldSkip(BAD, 0)).as("the third skip of the run").isTrue();
        assertThatThrownBy(() -> second.shouldSkip(BAD, 1)).isInstanceOf(SkipLimitExceededException.class)
                .hasStackTraceContaining("more than 3 unusable inputs");
    }

    @Test
    void neverSkipsAFaultOfTheJob() {
        assertThat(new InputSkipPolicy(new SkipBudget(), "worker", -1).shouldSkip(new IllegalStateException("bug"), 0)).isFalse();
    }
}
