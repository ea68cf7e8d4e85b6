package dev.briefing.ingest;

import dev.briefing.article.SourceRef;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputSkipPolicyTest {

    private static final SkippedInputException BAD = new SkippedInputException(SourceRef.file("x.txt"), "the file is empty");

    @Test
    void skipsUnusableInputsUntilTheyAreMostOfTheInput() {
        InputSkipPolicy policy = new InputSkipPolicy(() -> 5, 0.5, -1);

        assertThat(policy.shouldSkip(BAD, 0)).isTrue();
        assertThat(policy.shouldSkip(BAD, 1)).isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(BAD, 2)).isInstanceOf(SkipLimitExceededException.class)
                .hasStackTraceContaining("more than 2 unusable inputs").hasStackTraceContaining("briefing.ingest.max-skip-share");
    }

    @Test
    void aSingleUnusableFileIsAlreadyMostOfTheInput() {
        assertThatThrownBy(() -> new InputSkipPolicy(() -> 1, 0.5, -1).shouldSkip(BAD, 0)).isInstanceOf(SkipLimitExceededException.class);
    }

    @Test
    void aFixedLimitReplacesTheShare() {
        InputSkipPolicy policy = new InputSkipPolicy(() -> 1000, 0.5, 1);

        assertThat(policy.shouldSkip(BAD, 0)).isTrue();
        assertThatThrownBy(() -> policy.shouldSkip(BAD, 1)).hasStackTraceContaining("briefing.ingest.skip-limit is 1");
    }

    @Test
    void neverSkipsAFaultOfTheJob() {
        assertThat(new InputSkipPolicy(() -> 5, 0.5, -1).shouldSkip(new IllegalStateException("bug"), 0)).isFalse();
    }
}
