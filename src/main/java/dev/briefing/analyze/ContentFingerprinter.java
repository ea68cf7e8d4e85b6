package dev.briefing.analyze;

import dev.briefing.article.ContentSketch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Content fingerprints: an exact one (SHA-256 of the normalised text: case, accents, punctuation
 * and spacing do not matter) and a MinHash sketch over character shingles of the normalised words,
 * whose agreement estimates how much two texts share even when one reworded the other.
 */
public final class ContentFingerprinter {

    public static final int SKETCH_SIZE = 128;
    static final int SHINGLE_LENGTH = 5;
    private static final long SEED = 0x5EED_B81E_F1A6L;

    private final long[] permutationSeeds = new long[SKETCH_SIZE];

    public ContentFingerprinter() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < SKETCH_SIZE; i++) {
            permutationSeeds[i] = random.nextLong();
        }
    }

    public String exactFingerprint(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    public ContentSketch sketch(String text) {
        String normalised = normalise(text);
        int[] minimums = new int[SKETCH_SIZE];
        java.util.Arrays.fill(minimums, Integer.MAX_VALUE);
        if (normalised.length() < SHINGLE_LENGTH) {
            return new ContentSketch(minimums);
        }
        for (int start = 0; start + SHINGLE_LENGTH <= normalised.length(); start++) {
            long shingleHash = hashShingle(normalised, start);
            for (int i = 0; i < SKETCH_SIZE; i++) {
                int permuted = (int) (mix(shingleHash ^ permutationSeeds[i]) >>> 33);
                if (permuted < minimums[i]) {
                    minimums[i] = permuted;
                }
            }
        }
        return new ContentSketch(minimums);
    }

    /** Lower case, no accents, no punctuation, single spaces. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static long hashShingle(String text, int start) {
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < start + SHINGLE_LENGTH; i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The SplitMix64 finaliser: a cheap bijection that spreads the bits of each permuted hash. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
