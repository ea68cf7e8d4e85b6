package dev.briefing.thread;

import java.util.Map;

/**
 * Term counts with the vocabulary ids their terms already had when they were
 * {@linkplain DocumentFrequencies#lookedUp looked up}, {@code -1} for terms new then, in the
 * counts' iteration order. Looking terms up ahead, on the thread that prepares articles, leaves
 * the placing thread only the terms that were new then: a term's id never changes once given.
 */
record CountedTerms(Map<String, Integer> counts, int[] knownIds) {

    static final int UNKNOWN = -1;
}
