package dev.briefing.ingest;

import dev.briefing.article.SourceRef;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputSkipPolicyTest {

    private static final SkippedInputException BAD = new SkippedInputException(SourceRef.file("x.txt"), "the file is empty");

    private static InputSkipPolicy policy(SkipBudget budget, String worker, double share, int fixedLimit) {
        ArticleSourceReader reader = new ArticleSourceReader(Path.of("."), "/c", Partition.WHOLE, new InputScanner(),
                new InputReader(List.of(), 1), ReadHistory.NONE, null);
        return new InputSkipPolicy(budget, worker, reader, share, fixedLimit);
    }

    private static InputSkipPolicy policy(int inputFiles, double share, int fixedLimit) {
        return policy(new SkipBudget(inputFiles), "worker", share, fixedLimit);
    }

    @Test
    void skipsUnusableInputsUntilTheyAreMostOfTheInput() {
        InputSkipPolicy policy = policy(5, 0.5, -1);

        assertThat(policy.shouldSkip(BAD, 0)).isTrue();
        assertThat(policy.shouldSkip(BAD, 1)).isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(BAD, 2)).isInstanceOf(SkipLimitExceededException.class)
                .hasStackTraceContaining("more than 2 unusable inputs").hasStackTraceContaining("briefing.ingest.max-skip-share");
    }

    @Test
    void aSingleUnusableFileIsAlreadyMostOfTheInput() {
        assertThatThrownBy(() -> policy(1, 0.5, -1).shouldSkip(BAD, 0)).isInstanceOf(SkipLimitExceededException.class);
    }

    @Test
    void aFixedLimitReplacesTheShare() {
        InputSkipPolicy policy = policy(1000, 0.5, 1);

        assertThat(policy.shouldSkip(BAD, 0)).isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(BAD, 1)).hasStackTraceContaining("briefing.ingest.skip-limit is 1");
    }

    @Test
    void theLimitHoldsForTheWholeRunNotForEachWorker() {
        SkipBudget budget = new SkipBudget(6);
        InputSkipPolicy first = policy(budget, "partition0", 0.5, -1);
        InputSkipPolicy second = policy(budget, "partition1", 0.5, -1);

        assertThat(first.shouldSkip(BAD, 0)).isTrue();
        assertThat(first.shouldSkip(BAD, 1)).isTrue();
        assertThat(second.shouldSkip(BAD, 0)).as("the third of six inputs: half, not more").isTrue();
        assertThatThrownBy(() -> second.shouldSkip(BAD, 1)).isInstanceOf(SkipLimitExceededException.class)
                .hasStackTraceContaining("more than 3 unusable inputs");
    }

    @Test
    void neverSkipsAFaultOfTheJob() {
        assertThat(policy(5, 0.5, -1).shouldSkip(new IllegalStateException("bug"), 0)).isFalse();
    }
}
