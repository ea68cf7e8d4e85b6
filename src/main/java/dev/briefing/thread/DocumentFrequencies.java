package dev.briefing.thread;

import dev.briefing.analyze.TermVectors;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies accumulated as articles stream through threading, for TF-IDF weights
 * (sublinear term frequency, smoothed inverse document frequency, unit length).
 */
final class DocumentFrequencies {

    private final Map<String, Integer> frequencies = new HashMap<>();
    private int documents;

    void add(Map<String, Integer> termCounts) {
        documents++;
        for (String term : termCounts.keySet()) {
            frequencies.merge(term, 1, Integer::sum);
        }
    }

    double idf(String term) {
        return Math.log((documents + 1.0) / (frequencies.getOrDefault(term, 0) + 1.0)) + 1;
    }

    Map<String, Double> tfidf(Map<String, Integer> termCounts) {
        Map<String, Double> weights = new HashMap<>(termCounts.size() * 2);
        for (Map.Entry<String, Integer> entry : termCounts.entrySet()) {
            double tf = 1 + Math.log(entry.getValue());
            weights.put(entry.getKey(), tf * idf(entry.getKey()));
        }
        return TermVectors.normalised(weights);
    }
}
