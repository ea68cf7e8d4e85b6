package dev.briefing.thread;

import java.util.Arrays;

/**
 * Finds the k smallest of an array of primitive keys without sorting the rest (quickselect).
 * Threading wants the 25 strongest of an article's hundreds of terms, and of each paragraph's
 * dozens, for every article placed (and a centroid's 400 strongest of up to 800 as it grows):
 * ranking them all to read the top was 7% of the placing thread at 100,000 articles. The JDK sorts
 * primitives but does not select them.
 */
final class KeySelection {

    /** Ranges this short are sorted outright. */
    private static final int SORT_BELOW = 16;

    private KeySelection() {
    }

    /**
     * Rearranges {@code keys[0, length)} so that {@code keys[k]} holds the key that sorting would
     * put there, no key before it is larger and no key after it is smaller; returns that key.
     */
    static long select(long[] keys, int length, int k) {
        if (k < 0 || k >= length) {
            throw new IllegalArgumentException("cannot select key " + k + " of " + length);
        }
        int left = 0;
        int right = length - 1;
        while (right - left >= SORT_BELOW) {
            long pivot = medianOfThree(keys[left], keys[(left + right) >>> 1], keys[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swapped = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = swapped;
                }
            }
            // Now keys[left, j] <= pivot, keys[i, right] >= pivot, and whatever lies between equals it.
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return keys[k];
            }
        }
        Arrays.sort(keys, left, right + 1);
        return keys[k];
    }

    /**
     * Rearranges {@code keys[0, length)} so that its first {@code count} places hold the smallest
     * keys in ascending order; the others follow in no particular order.
     */
    static void sortSmallest(long[] keys, int length, int count) {
        if (count < length && count > 0) {
            select(keys, length, count - 1);
            Arrays.sort(keys, 0, count);
        } else {
            Arrays.sort(keys, 0, length);
        }
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
