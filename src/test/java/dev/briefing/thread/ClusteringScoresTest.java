package dev.briefing.thread;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusteringScoresTest {

    private static final List<String> GOLD = List.of("a", "a", "a", "b", "b");

    @Test
    void aPerfectGroupingScoresOne() {
        ClusteringScores scores = ClusteringScores.of(GOLD, List.of("x", "x", "x", "y", "y"));

        assertThat(scores.bcubedF1()).isEqualTo(1.0);
        assertThat(scores.pairwiseF1()).isEqualTo(1.0);
    }

    @Test
    void oneClusterForEverythingHasFullRecallAndPoorPrecision() {
        ClusteringScores scores = ClusteringScores.of(GOLD, List.of("x", "x", "x", "x", "x"));

        assertThat(scores.bcubedRecall()).isEqualTo(1.0);
        assertThat(scores.bcubedPrecision()).isCloseTo((3 * 3.0 / 5 + 2 * 2.0 / 5) / 5, within(1e-9));
        assertThat(scores.pairwisePrecision()).isCloseTo(4.0 / 10, within(1e-9));
    }

    @Test
    void singletonsHaveFullPrecisionAndPoorRecall() {
        ClusteringScores scores = ClusteringScores.of(GOLD, List.of("1", "2", "3", "4", "5"));

        assertThat(scores.bcubedPrecision()).isEqualTo(1.0);
        assertThat(scores.bcubedRecall()).isCloseTo((3 * 1.0 / 3 + 2 * 1.0 / 2) / 5, within(1e-9));
        assertThat(scores.pairwiseRecall()).isZero();
    }

    @Test
    void aSplitClusterCostsRecallOnly() {
        ClusteringScores scores = ClusteringScores.of(GOLD, List.of("x", "x", "z", "y", "y"));

        assertThat(scores.bcubedPrecision()).isEqualTo(1.0);
        assertThat(scores.bcubedRecall()).isCloseTo((2 * 2.0 / 3 + 1.0 / 3 + 2 * 1.0) / 5, within(1e-9));
        assertThat(scores.pairwisePrecision()).isEqualTo(1.0);
        assertThat(scores.pairwiseRecall()).isCloseTo(2.0 / 4, within(1e-9));
    }

    @Test
    void needsOnePredictionPerItem() {
        assertThatThrownBy(() -> ClusteringScores.of(GOLD, List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
