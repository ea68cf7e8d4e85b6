package dev.briefing.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Operations on sparse term-weight vectors (term to weight), shared by threading and summaries. */
public final class TermVectors {

    private TermVectors() {
    }

    public static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double value : vector.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return cosine(a, norm(a), b, norm(b));
    }

    /** The cosine when the norms are known already: a centroid's is kept, not recomputed for every comparison. */
    public static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
        double norms = normA * normB;
        return norms == 0 ? 0 : dot(a, b) / norms;
    }

    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            Double other = larger.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }

    public static void addInto(Map<String, Double> target, Map<String, Double> addend) {
        addend.forEach((term, weight) -> target.merge(term, weight, Double::sum));
    }

    /**
     * Drops all but the {@code limit} strongest terms (ties by term, so the result does not depend
     * on map order) once the vector has grown to twice that, so that pruning costs little per addition.
     */
    public static void keepStrongest(Map<String, Double> vector, int limit) {
        if (vector.size() <= 2 * limit) {
            return;
        }
        List<String> weakest = vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .skip(limit)
                .map(Map.Entry::getKey)
                .toList();
        weakest.forEach(vector::remove);
    }

    public static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = norm(vector);
        Map<String, Double> result = new HashMap<>(vector.size() * 2);
        if (norm > 0) {
            vector.forEach((term, weight) -> result.put(term, weight / norm));
        }
        return result;
    }
}
