package dev.briefing.thread;

import dev.briefing.analyze.TermVectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link TermVector} computes what the maps from terms to weights it replaced computed
 * ({@link TermVectors}, still used by summaries, is the reference), whatever order the terms got
 * their ids in.
 */
class TermVectorProperties {

    @Provide
    Arbitrary<Map<String, Double>> weights() {
        return Arbitraries.maps(Arbitraries.strings().withChars("abcdefgh").ofMinLength(1).ofMaxLength(3),
                // Pairs that differ only beyond float precision: the strongest terms are first sorted as floats.
                Arbitraries.of(0.25, 0.5, 1.0, Math.nextUp(1.0), 2.0, 3.0, Math.nextDown(3.0))).ofMaxSize(40);
    }

    @Property
    void cosineAndDotAreThoseOfTheMaps(@ForAll("weights") Map<String, Double> a, @ForAll("weights") Map<String, Double> b) {
        DocumentFrequencies vocabulary = new DocumentFrequencies();
        TermVector first = vocabulary.vector(a);
        TermVector second = vocabulary.vector(b);

        assertThat(first.dot(second)).isCloseTo(TermVectors.dot(a, b), within(1e-9));
        assertThat(first.cosine(second)).isCloseTo(TermVectors.cosine(a, b), within(1e-9));
        assertThat(first.norm()).isCloseTo(TermVectors.norm(a), within(1e-9));
    }

    @Provide
    Arbitrary<Map<String, Double>> centroids() {
        return Arbitraries.maps(Arbitraries.strings().withChars("abcdefgh").ofMinLength(1).ofMaxLength(4),
                Arbitraries.doubles().between(0, 5)).ofMaxSize(600);
    }

    /** Threading relies on it: looking terms up must not move a near-tie between threads. */
    @Property
    void lookingUpGivesTheCosineToTheLastBit(@ForAll("centroids") Map<String, Double> centroid,
            @ForAll("weights") Map<String, Double> a, @ForAll("centroids") Map<String, Double> b) {
        DocumentFrequencies vocabulary = new DocumentFrequencies();
        TermVector indexed = vocabulary.vector(centroid);
        TermVector shorter = vocabulary.vector(a);
        TermVector other = vocabulary.vector(b);

        assertThat(indexed.cosineLookingUp(shorter)).isEqualTo(indexed.cosine(shorter));
        assertThat(indexed.cosineLookingUp(other)).isEqualTo(indexed.cosine(other));
        assertThat(indexed.cosineLookingUp(indexed)).isEqualTo(indexed.cosine(indexed));
    }

    @Property
    void aSumHasEveryTermsTotalWeight(@ForAll("weights") Map<String, Double> a, @ForAll("weights") Map<String, Double> b) {
        DocumentFrequencies vocabulary = new DocumentFrequencies();
        Map<String, Double> sum = new HashMap<>(a);
        b.forEach((term, weight) -> sum.merge(term, weight, Double::sum));

        TermVector total = vocabulary.vector(a).plus(vocabulary.vector(b));

        assertThat(total.size()).isEqualTo(sum.size());
        sum.forEach((term, weight) -> assertThat(total.dot(vocabulary.vector(Map.of(term, 1.0)))).isCloseTo(weight, within(1e-9)));
    }

    @Property
    void theStrongestTermsAreChosenByWeightThenByTermNotById(@ForAll("weights") Map<String, Double> weights,
            @ForAll @IntRange(max = 45) int limit) {
        DocumentFrequencies vocabulary = new DocumentFrequencies();
        // Hand out ids in reverse alphabetical order, so that ordering by id would pick differently.
        weights.keySet().stream().sorted(Comparator.reverseOrder()).forEach(term -> vocabulary.vector(Map.of(term, 1.0)));
        TermVector vector = vocabulary.vector(weights);

        String[] expected = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toArray(String[]::new);
        int[] strongest = vector.strongestFirst(limit, vocabulary::term).terms();

        assertThat(java.util.Arrays.stream(strongest).mapToObj(vocabulary::term)).containsExactly(expected);
        TermVector pruned = vector.strongest(limit, vocabulary::term);
        assertThat(java.util.Arrays.stream(pruned.strongestFirst(limit, vocabulary::term).terms()).mapToObj(vocabulary::term))
                .containsExactly(expected);
        for (String term : expected) {
            assertThat(pruned.dot(vocabulary.vector(Map.of(term, 1.0)))).isEqualTo(weights.get(term));
        }
    }
}
