package dev.briefing.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary threading has seen, as articles stream through it: an id for every term (in the
 * order terms first appear), how many articles used each, and from those the TF-IDF weights of
 * {@link TermVector}s (sublinear term frequency, smoothed inverse document frequency, unit length).
 */
final class DocumentFrequencies {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] frequencies = new int[1024];
    private int documents;

    void add(Map<String, Integer> termCounts) {
        countIn(idsOf(termCounts));
    }

    /** Counts one more article, which uses the terms with these ids. */
    private void countIn(int[] termIds) {
        documents++;
        for (int id : termIds) {
            frequencies[id]++;
        }
    }

    double idf(String term) {
        Integer id = ids.get(term);
        return idf(id == null ? 0 : frequencies[id]);
    }

    private double idf(int frequency) {
        return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
    }

    /** The term an id stands for. */
    String term(int id) {
        return terms.get(id);
    }

    TermVector tfidf(Map<String, Integer> termCounts) {
        return weighed(idsOf(termCounts), termCounts, this::weight).normalised();
    }

    /**
     * Counts an article in and returns its TF-IDF vector: {@link #add} then {@link #tfidf}, with
     * each term looked up once instead of twice (vocabulary lookups were 8% of placing an article).
     */
    TermVector addAndWeigh(Map<String, Integer> termCounts) {
        int[] termIds = idsOf(termCounts);
        countIn(termIds);
        return weighed(termIds, termCounts, this::weight).normalised();
    }

    /** Sublinear term frequency times smoothed inverse document frequency. */
    private double weight(int id, int count) {
        return (1 + Math.log(count)) * idf(frequencies[id]);
    }

    /** A vector with the given weights as they are (no TF-IDF, no normalising). */
    TermVector vector(Map<String, Double> termWeights) {
        return weighed(idsOf(termWeights), termWeights, (id, weight) -> weight);
    }

    private interface Weighing<V> {
        double weight(int id, V value);
    }

    /** The ids of a map's terms, in the map's order (new terms get new ids in that order). */
    private int[] idsOf(Map<String, ?> entries) {
        int[] termIds = new int[entries.size()];
        int i = 0;
        for (String term : entries.keySet()) {
            termIds[i++] = idOf(term);
        }
        return termIds;
    }

    /** The vector of a map's values weighed, given the ids {@link #idsOf} found for its terms. */
    private <V> TermVector weighed(int[] termIds, Map<String, V> entries, Weighing<V> weighing) {
        double[] weights = new double[termIds.length];
        int i = 0;
        for (V value : entries.values()) {
            weights[i] = weighing.weight(termIds[i], value);
            i++;
        }
        return TermVector.of(termIds, weights);
    }

    private int idOf(String term) {
        Integer known = ids.get(term);
        if (known != null) {
            return known;
        }
        int id = terms.size();
        ids.put(term, id);
        terms.add(term);
        if (id == frequencies.length) {
            frequencies = Arrays.copyOf(frequencies, id * 2);
        }
        return id;
    }
}
