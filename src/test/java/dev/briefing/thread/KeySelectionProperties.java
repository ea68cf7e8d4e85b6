package dev.briefing.thread;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link KeySelection} finds what sorting the whole array would, duplicates and all. */
class KeySelectionProperties {

    @Provide
    Arbitrary<long[]> keys() {
        // Few distinct values among many keys, so that runs of equal keys straddle the selected place.
        return Arbitraries.longs().between(-5, 5).array(long[].class).ofMinSize(1).ofMaxSize(200);
    }

    @Property
    void selectsTheKeySortingPutsThere(@ForAll("keys") long[] keys, @ForAll @IntRange(max = 199) int wanted) {
        int k = wanted % keys.length;
        long[] sorted = keys.clone();
        Arrays.sort(sorted);

        long[] selected = keys.clone();
        long key = KeySelection.select(selected, selected.length, k);

        assertThat(key).isEqualTo(sorted[k]);
        assertThat(selected[k]).isEqualTo(key);
        assertThat(Arrays.stream(selected, 0, k)).allMatch(before -> before <= key);
        assertThat(Arrays.stream(selected, k, selected.length)).allMatch(after -> after >= key);
        Arrays.sort(selected);
        assertThat(selected).containsExactly(sorted);
    }

    @Property
    void sortsTheSmallestKeysFirst(@ForAll("keys") long[] keys, @ForAll @IntRange(max = 210) int count) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);

        long[] partly = keys.clone();
        KeySelection.sortSmallest(partly, partly.length, count);

        int kept = Math.min(count, keys.length);
        assertThat(Arrays.copyOf(partly, kept)).containsExactly(Arrays.copyOf(sorted, kept));
        Arrays.sort(partly);
        assertThat(partly).containsExactly(sorted);
    }
}
