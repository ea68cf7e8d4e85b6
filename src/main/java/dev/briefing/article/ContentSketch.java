package dev.briefing.article;

import java.util.Arrays;
import java.util.Base64;
import java.nio.ByteBuffer;

/**
 * A MinHash signature of an article's shingles: the fraction of equal positions in two signatures
 * estimates the Jaccard similarity of the two shingle sets, so reworded republications can be
 * recognised without comparing full texts.
 */
public record ContentSketch(int[] minHashes) {

    public ContentSketch {
        minHashes = minHashes.clone();
    }

    @Override
    public int[] minHashes() {
        return minHashes.clone();
    }

    public int size() {
        return minHashes.length;
    }

    public int valueAt(int index) {
        return minHashes[index];
    }

    public double estimatedJaccard(ContentSketch other) {
        if (other.minHashes.length != minHashes.length) {
            throw new IllegalArgumentException("sketches of different sizes cannot be compared");
        }
        int equal = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                equal++;
            }
        }
        return (double) equal / minHashes.length;
    }

    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(minHashes.length * Integer.BYTES);
        buffer.asIntBuffer().put(minHashes);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static ContentSketch decode(String encoded) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] values = new int[buffer.remaining() / Integer.BYTES];
        buffer.asIntBuffer().get(values);
        return new ContentSketch(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentSketch sketch && Arrays.equals(minHashes, sketch.minHashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "ContentSketch[" + minHashes.length + " hashes]";
    }
}
