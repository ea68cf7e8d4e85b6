package dev.briefing.thread;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * A sparse term-weight vector over the vocabulary of one threading state: term ids in ascending
 * order with their weights, and its norm. Threading compares every article with dozens of
 * centroids; merging two sorted id arrays does that without hashing a single string, which made
 * the cosine the thread step's largest cost while vectors were maps from terms to weights.
 * Its terms and weights never change (operations return new vectors), but it remembers its
 * strongest terms once asked, so a vector belongs to the thread that made it.
 */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);
    /** Looking terms up beats merging once the other vector is this many times longer (a lookup costs about ten steps). */
    private static final int SEARCH_RATIO = 8;

    private final int[] terms;
    private final double[] weights;
    private final double norm;
    /** The last {@link #strongestPositions} answer, in one object so that it is never seen half written. */
    private Remembered remembered;
    /** This vector's terms in a hash table, once {@link #cosineLookingUp} has needed them. */
    private Lookup lookup;

    private record Remembered(int limit, int[] positions) {
    }

    private TermVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
        double sum = 0;
        for (double weight : weights) {
            sum += weight * weight;
        }
        this.norm = Math.sqrt(sum);
    }

    /** A vector of distinct term ids, in any order, and their weights. */
    static TermVector of(int[] terms, double[] weights) {
        long[] order = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            order[i] = (long) terms[i] << 32 | i;
        }
        Arrays.sort(order);
        int[] sortedTerms = new int[terms.length];
        double[] sortedWeights = new double[terms.length];
        for (int i = 0; i < order.length; i++) {
            sortedTerms[i] = (int) (order[i] >>> 32);
            sortedWeights[i] = weights[(int) order[i]];
        }
        return new TermVector(sortedTerms, sortedWeights);
    }

    int size() {
        return terms.length;
    }

    double norm() {
        return norm;
    }

    double dot(TermVector other) {
        TermVector shorter = terms.length <= other.terms.length ? this : other;
        TermVector longer = shorter == this ? other : this;
        if (shorter.terms.length * SEARCH_RATIO < longer.terms.length) {
            return shorter.dotBySearching(longer);
        }
        int[] otherTerms = other.terms;
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < otherTerms.length) {
            int a = terms[i];
            int b = otherTerms[j];
            if (a == b) {
                dot += weights[i++] * other.weights[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /**
     * The dot product found by looking each of this (much shorter) vector's terms up in the longer
     * one: a paragraph's few dozen terms against a centroid's hundreds. Sums in the same order as
     * the merge, so the result is the same to the last bit.
     */
    private double dotBySearching(TermVector longer) {
        double dot = 0;
        int from = 0;
        for (int i = 0; i < terms.length && from < longer.terms.length; i++) {
            int found = Arrays.binarySearch(longer.terms, from, longer.terms.length, terms[i]);
            if (found >= 0) {
                dot += weights[i] * longer.weights[found];
                from = found + 1;
            } else {
                from = -found - 1;
            }
        }
        return dot;
    }

    double cosine(TermVector other) {
        double norms = norm * other.norm;
        return norms == 0 ? 0 : dot(other) / norms;
    }

    /**
     * The same as {@link #cosine}, to the last bit, found by looking the other vector's terms up in
     * a hash table of this one's, built on first use and kept. Meant for a vector compared with
     * many others between two changes, as a thread's centroid is: binary searches and merges
     * through its hundreds of terms were a quarter of the placing thread at 100,000 articles.
     */
    double cosineLookingUp(TermVector other) {
        double norms = norm * other.norm;
        if (norms == 0) {
            return 0;
        }
        if (other.terms.length > terms.length) {
            return dot(other) / norms;
        }
        Lookup table = lookup;
        if (table == null) {
            table = new Lookup(terms, weights);
            lookup = table;
        }
        // Adds the common terms in ascending order of id, as the merge does.
        double dot = 0;
        for (int i = 0; i < other.terms.length; i++) {
            int slot = table.slotOf(other.terms[i]);
            if (slot >= 0) {
                dot += other.weights[i] * table.weights[slot];
            }
        }
        return dot / norms;
    }

    /**
     * Open addressing from term ids to weights, at most half full. Its fields are final and filled
     * in the constructor, so another thread that sees the table sees it whole.
     */
    private static final class Lookup {

        private static final int EMPTY_SLOT = -1;

        private final int[] keys;
        private final double[] weights;
        private final int mask;

        Lookup(int[] terms, double[] termWeights) {
            keys = new int[Integer.highestOneBit(Math.max(1, terms.length)) * 4];
            weights = new double[keys.length];
            mask = keys.length - 1;
            Arrays.fill(keys, EMPTY_SLOT);
            for (int i = 0; i < terms.length; i++) {
                int slot = home(terms[i]);
                while (keys[slot] != EMPTY_SLOT) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = terms[i];
                weights[slot] = termWeights[i];
            }
        }

        /** The slot holding the term, or -1. */
        int slotOf(int term) {
            for (int slot = home(term); ; slot = (slot + 1) & mask) {
                if (keys[slot] == term) {
                    return slot;
                }
                if (keys[slot] == EMPTY_SLOT) {
                    return -1;
                }
            }
        }

        private int home(int term) {
            // Fibonacci hashing spreads the dense ids of one article over the whole table.
            return (term * 0x9E3779B9 >>> 16) & mask;
        }
    }

    /** The same direction with unit length (the empty vector stays empty). */
    TermVector normalised() {
        if (norm == 0) {
            return EMPTY;
        }
        double[] unit = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            unit[i] = weights[i] / norm;
        }
        return new TermVector(terms, unit);
    }

    /** The sum of two vectors. */
    TermVector plus(TermVector other) {
        int[] sumTerms = new int[terms.length + other.terms.length];
        double[] sumWeights = new double[sumTerms.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < terms.length || j < other.terms.length) {
            if (j == other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                sumTerms[n] = terms[i];
                sumWeights[n++] = weights[i++];
            } else if (i == terms.length || other.terms[j] < terms[i]) {
                sumTerms[n] = other.terms[j];
                sumWeights[n++] = other.weights[j++];
            } else {
                sumTerms[n] = terms[i];
                sumWeights[n++] = weights[i++] + other.weights[j++];
            }
        }
        return new TermVector(Arrays.copyOf(sumTerms, n), Arrays.copyOf(sumWeights, n));
    }

    /** Terms with their weights, the strongest first. */
    record Ranked(int[] terms, double[] weights) {
    }

    /**
     * The {@code limit} strongest terms, the strongest first; equal weights are ordered by the term
     * itself, so that the choice never depends on the order ids were handed out in.
     */
    Ranked strongestFirst(int limit, IntFunction<String> termOf) {
        return at(strongestPositions(limit, termOf));
    }

    /** Only the {@code limit} strongest terms (ties as in {@link #strongestFirst}). */
    TermVector strongest(int limit, IntFunction<String> termOf) {
        if (terms.length <= limit) {
            return this;
        }
        int[] kept = strongestPositions(limit, termOf).clone();
        Arrays.sort(kept);
        Ranked picked = at(kept);
        return new TermVector(picked.terms(), picked.weights());
    }

    /** The terms and weights at these positions, in their order. */
    private Ranked at(int[] positions) {
        int[] pickedTerms = new int[positions.length];
        double[] pickedWeights = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            pickedTerms[i] = terms[positions[i]];
            pickedWeights[i] = weights[positions[i]];
        }
        return new Ranked(pickedTerms, pickedWeights);
    }

    /**
     * Positions of the strongest terms. Weights (never negative) are first ordered as floats packed
     * with their positions into longs, without boxing, and only as far as the answer needs: the
     * {@code limit} strongest, and those tied with the weakest of them as floats. Each run of equal
     * floats is then ordered by the exact weights and the terms. The last answer is kept:
     * threading asks for an article's strongest terms more than once.
     */
    private int[] strongestPositions(int limit, IntFunction<String> termOf) {
        Remembered known = remembered;
        if (known != null && known.limit() == limit) {
            return known.positions();
        }
        long[] keys = new long[terms.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) floatKey(i) << 32 | i;
        }
        int ordered = orderStrongest(keys, Math.min(limit, keys.length));
        Integer[] positions = new Integer[ordered];
        for (int i = 0; i < ordered; i++) {
            positions[i] = (int) keys[i];
        }
        Comparator<Integer> strongestFirst = Comparator.<Integer>comparingDouble(position -> -weights[position])
                .thenComparing(position -> termOf.apply(terms[position]));
        for (int from = 0; from < positions.length; ) {
            int to = from + 1;
            while (to < positions.length && floatKey(positions[to]) == floatKey(positions[from])) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(positions, from, to, strongestFirst);
            }
            from = to;
        }
        int[] top = new int[Math.min(limit, positions.length)];
        Arrays.setAll(top, i -> positions[i]);
        if (terms.length > 0) {
            remembered = new Remembered(limit, top);
        }
        return top;
    }

    /**
     * Sorts the first {@code count} packed keys (the strongest floats), followed by every other key
     * whose float equals the weakest of those, since the exact weights and the terms may rank one of
     * them higher. Returns how many keys are in order.
     */
    private static int orderStrongest(long[] keys, int count) {
        KeySelection.sortSmallest(keys, keys.length, count);
        if (count == 0 || count == keys.length) {
            return count;
        }
        int weakestKept = (int) (keys[count - 1] >>> 32);
        int ordered = count;
        for (int i = count; i < keys.length; i++) {
            if ((int) (keys[i] >>> 32) == weakestKept) {
                long tied = keys[i];
                keys[i] = keys[ordered];
                keys[ordered++] = tied;
            }
        }
        Arrays.sort(keys, count, ordered);
        return ordered;
    }

    /** Sorts ascending as the weight at a position descends (floats of non-negative weights order as their bits). */
    private int floatKey(int position) {
        return Integer.MAX_VALUE - Float.floatToIntBits((float) weights[position]);
    }
}
