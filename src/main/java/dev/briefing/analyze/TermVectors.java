package dev.briefing.analyze;

import java.util.Map;

/** Operations on sparse term-weight vectors (term to weight), for summaries. */
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
        double norms = norm(a) * norm(b);
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
}
