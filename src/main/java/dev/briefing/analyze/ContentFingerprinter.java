package dev.briefing.analyze;

import dev.briefing.article.ContentSketch;
import org.apache.commons.codec.digest.DigestUtils;

import java.text.Normalizer;

/**
 * Content fingerprints: an exact one (SHA-256 of the normalised text: case, accents, punctuation
 * and spacing do not matter) and a MinHash sketch over character shingles of the normalised words,
 * whose agreement estimates how much two texts share even when one reworded the other.
 */
public final class ContentFingerprinter {

    public static final int SKETCH_SIZE = 128;
    static final int SHINGLE_LENGTH = 5;
    private static final int POSITION_BITS = Integer.numberOfTrailingZeros(SKETCH_SIZE);
    private static final long DENSIFY_OFFSET = 0x9E3779B9L;

    /** Both fingerprints of an article's text. */
    public record Fingerprints(String exact, ContentSketch sketch) {
    }

    /** Both fingerprints, normalising the text once (normalising was half of fingerprinting). */
    public Fingerprints fingerprints(String text) {
        String normalised = normalise(text);
        return new Fingerprints(DigestUtils.sha256Hex(normalised), sketchOfNormalised(normalised));
    }

    public String exactFingerprint(String text) {
        return DigestUtils.sha256Hex(normalise(text));
    }

    /**
     * A one-permutation MinHash: each shingle is hashed once, its top bits choose one of the
     * {@link ContentSketch} positions and the position keeps the smallest of the rest. It estimates
     * the same resemblance as a classic MinHash with one permutation per position, at a
     * hundredth of the cost (the classic sketch was the costliest step of reading an article).
     * Positions no shingle fell into borrow from the next filled one, shifted by the distance,
     * so short texts still compare position by position (rotation densification).
     */
    public ContentSketch sketch(String text) {
        return sketchOfNormalised(normalise(text));
    }

    private static ContentSketch sketchOfNormalised(String normalised) {
        int[] minimums = new int[SKETCH_SIZE];
        java.util.Arrays.fill(minimums, Integer.MAX_VALUE);
        if (normalised.length() < SHINGLE_LENGTH) {
            return new ContentSketch(minimums);
        }
        for (int start = 0; start + SHINGLE_LENGTH <= normalised.length(); start++) {
            long hash = mix(hashShingle(normalised, start));
            int position = (int) (hash >>> (Long.SIZE - POSITION_BITS));
            int value = (int) hash & Integer.MAX_VALUE;
            if (value < minimums[position]) {
                minimums[position] = value;
            }
        }
        densify(minimums);
        return new ContentSketch(minimums);
    }

    private static void densify(int[] minimums) {
        int[] filled = minimums.clone();
        for (int position = 0; position < SKETCH_SIZE; position++) {
            if (filled[position] != Integer.MAX_VALUE) {
                continue;
            }
            for (int distance = 1; distance < SKETCH_SIZE; distance++) {
                int donor = filled[(position + distance) % SKETCH_SIZE];
                if (donor != Integer.MAX_VALUE) {
                    minimums[position] = (int) ((donor + (long) distance * DENSIFY_OFFSET) & Integer.MAX_VALUE);
                    break;
                }
            }
        }
    }

    /** Lower case, no accents, no punctuation, single spaces. */
    static String normalise(String text) {
        // One pass instead of three regular expressions over the text; decomposition only when needed.
        String decomposed = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder normalised = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                continue;
            }
            if (Character.isLetter(codePoint) || isNumber(codePoint)) {
                if (gap && !normalised.isEmpty()) {
                    normalised.append(' ');
                }
                gap = false;
                normalised.appendCodePoint(Character.toLowerCase(codePoint));
            } else {
                gap = true;
            }
        }
        return normalised.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static long hashShingle(String text, int start) {
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < start + SHINGLE_LENGTH; i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The SplitMix64 finaliser: a cheap bijection that spreads the bits of the shingle hash. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
