package dev.briefing.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkipShareTest {

    @Test
    void halfOfTheInputsMayBeSkippedButNoMore() {
        assertThat(new SkipShare(6, 3).exceeds(0.5)).isFalse();
        assertThat(new SkipShare(6, 4).exceeds(0.5)).isTrue();
        assertThat(new SkipShare(5, 2).exceeds(0.5)).as("half of five rounds down").isFalse();
        assertThat(new SkipShare(5, 3).exceeds(0.5)).isTrue();
    }

    @Test
    void aSingleUnusableInputAloneIsTooMany() {
        assertThat(new SkipShare(1, 1).exceeds(0.5)).isTrue();
        assertThat(new SkipShare(0, 0).exceeds(0.5)).isFalse();
    }

    @Test
    void theExplanationGivesTheCountsAndTheSetting() {
        assertThat(new SkipShare(4, 3).explanation(0.5))
                .isEqualTo("3 of the 4 inputs are unusable, more than 2 unusable inputs: at most 50% may be skipped"
                        + " (briefing.ingest.max-skip-share); the run stops rather than make a briefing from the few readable leftovers");
    }
}
