package dev.briefing.analyze;

import com.carrotsearch.hppc.LongIntHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * The weights of Apache OpenNLP's language detection model, laid out to be summed fast: what the
 * model's {@code eval} computes for the distinct character n-grams (one to three characters) of a
 * normalised, lower-cased text, read from the model's own parameters.
 *
 * <p>Why not call the model: it takes the n-grams as strings in the order the detector's hash maps
 * hold them, looks each one up in a map whose short string keys collide into tree bins, and reads
 * each n-gram's weights from two arrays of their own scattered over the heap. At 100,000 articles
 * that was a third of ingest's CPU time. Here an n-gram is packed into a {@code long} and looked up
 * in a primitive map, duplicates are dropped by a bit per n-gram of the model, and the weights lie
 * in one array in the order they are summed.
 *
 * <p>The sums run in the model's n-gram order instead of the detector's, and floating-point sums
 * depend on their order, so a probability may differ from OpenNLP's in its last bits (a property
 * test bounds the difference and checks that every decision is OpenNLP's).
 */
final class CharacterGramWeights {

    private static final int MIN_LENGTH = 1;
    private static final int MAX_LENGTH = 3;

    /** Packed n-gram to its number in the model. */
    private final LongIntHashMap gramNumbers;
    /** The weights of n-gram {@code g} are {@code weights[firstWeight[g]]} to {@code weights[firstWeight[g + 1] - 1]}. */
    private final int[] firstWeight;
    private final int[] outcomeOfWeight;
    private final double[] weights;
    private final int outcomes;
    /** The model's uniform prior, as OpenNLP computes it. */
    private final double logPrior;

    CharacterGramWeights(AbstractModel model) {
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) model.getDataStructures()[1];
        outcomes = model.getNumOutcomes();
        logPrior = StrictMath.log(1.0 / outcomes);
        gramNumbers = new LongIntHashMap(contexts.size());
        firstWeight = new int[contexts.size() + 1];
        int weightCount = contexts.values().stream().mapToInt(context -> context.getOutcomes().length).sum();
        outcomeOfWeight = new int[weightCount];
        weights = new double[weightCount];
        int gram = 0;
        int next = 0;
        for (Map.Entry<String, Context> entry : contexts.entrySet()) {
            String text = entry.getKey();
            if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
                throw new IllegalStateException("the language model has an n-gram of " + text.length()
                        + " characters; only " + MIN_LENGTH + " to " + MAX_LENGTH + " are supported");
            }
            gramNumbers.put(packed(text.toCharArray(), 0, text.length()), gram);
            int[] gramOutcomes = entry.getValue().getOutcomes();
            System.arraycopy(gramOutcomes, 0, outcomeOfWeight, next, gramOutcomes.length);
            System.arraycopy(entry.getValue().getParameters(), 0, weights, next, gramOutcomes.length);
            firstWeight[gram++] = next;
            next += gramOutcomes.length;
        }
        firstWeight[gram] = next;
    }

    /** Each outcome's probability, indexed as the model's outcomes; every distinct n-gram counts once, as in the detector. */
    double[] probabilities(char[] text) {
        BitSet present = new BitSet(firstWeight.length - 1);
        for (int length = MIN_LENGTH; length <= MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                int gram = gramNumbers.getOrDefault(packed(text, start, length), -1);
                if (gram >= 0) {
                    present.set(gram);
                }
            }
        }
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logPrior);
        for (int gram = present.nextSetBit(0); gram >= 0; gram = present.nextSetBit(gram + 1)) {
            for (int w = firstWeight[gram]; w < firstWeight[gram + 1]; w++) {
                sums[outcomeOfWeight[w]] += weights[w];
            }
        }
        double normal = 0;
        for (int outcome = 0; outcome < outcomes; outcome++) {
            sums[outcome] = StrictMath.exp(sums[outcome]);
            normal += sums[outcome];
        }
        for (int outcome = 0; outcome < outcomes; outcome++) {
            sums[outcome] /= normal;
        }
        return sums;
    }

    /** Up to three UTF-16 units and the length, in one number: distinct n-grams get distinct numbers. */
    private static long packed(char[] text, int start, int length) {
        long packed = length;
        for (int i = start; i < start + length; i++) {
            packed = packed << Character.SIZE | text[i];
        }
        return packed;
    }
}
