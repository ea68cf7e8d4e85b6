package dev.briefing.analyze;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The distinct character n-grams (one to three characters) of a normalised, lower-cased text, in
 * the order Apache OpenNLP's language detector hands them to its model.
 *
 * <p>Why not let OpenNLP count them: it keys its maps by {@code CharBuffer} slices, looks each
 * n-gram up three times and copies the map once more before the model sees it; that was a third
 * of identifying a language, itself a third of ingest. Why the order matters: the model adds up
 * each n-gram's weights in the order it receives them, and floating-point sums depend on it. The
 * detector's order is the iteration order of a {@code HashMap} filled in order of first occurrence,
 * then of a second one filled from the first. Both sets here are filled the same way, with keys
 * that hash like {@code CharBuffer} and, like it, are not {@code Comparable}; a {@code HashMap}'s
 * order depends on nothing else, so the order is the same (a test compares the two on many texts).
 */
final class CharacterGrams {

    private static final int MIN_LENGTH = 1;
    private static final int MAX_LENGTH = 3;

    private CharacterGrams() {
    }

    static String[] of(char[] text) {
        Set<Gram> firstSeen = new HashSet<>();
        for (int length = MIN_LENGTH; length <= MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                firstSeen.add(new Gram(text, start, length));
            }
        }
        // The detector counts the n-grams once more into a second, fresh map before evaluating them.
        Set<Gram> counted = new HashSet<>();
        for (Gram gram : firstSeen) {
            counted.add(gram);
        }
        String[] grams = new String[counted.size()];
        int i = 0;
        for (Gram gram : counted) {
            grams[i++] = gram.toString();
        }
        return grams;
    }

    /** A slice of the text, equal to another by its characters and hashed as {@code CharBuffer.hashCode} hashes. */
    private static final class Gram {
        private final char[] text;
        private final int start;
        private final int length;
        private final int hash;

        Gram(char[] text, int start, int length) {
            this.text = text;
            this.start = start;
            this.length = length;
            int h = 1;
            for (int i = start + length - 1; i >= start; i--) {
                h = 31 * h + text[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gram gram && gram.length == length
                    && Arrays.equals(text, start, start + length, gram.text, gram.start, gram.start + length);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return new String(text, start, length);
        }
    }
}
