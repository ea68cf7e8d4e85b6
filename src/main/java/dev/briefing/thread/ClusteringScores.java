package dev.briefing.thread;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well a grouping matches gold labels. BCubed precision and recall average, over items, the
 * share of an item's predicted cluster that shares its gold label and the share of its gold
 * cluster that shares its prediction (Amigó et al. 2009); pairwise scores count item pairs put
 * together correctly, wrongly, or wrongly apart.
 */
public record ClusteringScores(double bcubedPrecision, double bcubedRecall, double pairwisePrecision, double pairwiseRecall) {

    public static ClusteringScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need one prediction per gold label, and at least one item");
        }
        int n = gold.size();
        Map<String, Integer> goldSizes = counts(gold);
        Map<String, Integer> predictedSizes = counts(predicted);
        Map<String, Integer> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            shared.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < n; i++) {
            int together = shared.get(gold.get(i) + "\u0000" + predicted.get(i));
            precision += (double) together / predictedSizes.get(predicted.get(i));
            recall += (double) together / goldSizes.get(gold.get(i));
        }
        long truePairs = shared.values().stream().mapToLong(ClusteringScores::pairs).sum();
        long predictedPairs = predictedSizes.values().stream().mapToLong(ClusteringScores::pairs).sum();
        long goldPairs = goldSizes.values().stream().mapToLong(ClusteringScores::pairs).sum();
        return new ClusteringScores(precision / n, recall / n,
                predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
                goldPairs == 0 ? 1 : (double) truePairs / goldPairs);
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    public double pairwiseF1() {
        return f1(pairwisePrecision, pairwiseRecall);
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static Map<String, Integer> counts(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(Objects.requireNonNull(label), 1, Integer::sum));
        return counts;
    }
}
