package dev.briefing.analyze;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Sentences#wordCount} counts what the regular expression it replaced matched, and its
 * bounded form stops just past the limit.
 */
class SentencesProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*");

    @Provide
    Arbitrary<String> texts() {
        // Letters of several scripts (a modifier letter too), digits, letter and other numbers, marks of all three
        // kinds (non-spacing, spacing, enclosing), the joiners, spaces, punctuation and a surrogate pair.
        return Arbitraries.strings().withChars("aZé9٣ש文ʰⅫ½\u0301\u0654\u093E\u20DD'’- .,;\"(–\t\n").withChars("\uD835\uDC00")
                .ofMaxLength(60);
    }

    @Property
    void countsTheWordsTheRegularExpressionFound(@ForAll("texts") String text) {
        long matches = WORD.matcher(text).results().count();

        assertThat(Sentences.wordCount(text)).isEqualTo(matches);
    }

    @Property
    void aBoundedCountStopsJustPastItsLimit(@ForAll("texts") String text, @ForAll @IntRange(max = 30) int limit) {
        assertThat(Sentences.wordCount(text, limit)).isEqualTo(Math.min(Sentences.wordCount(text), limit + 1));
    }

    @Example
    void keepsHyphenatedNamesAndPossessivesWhole() {
        assertThat(Sentences.wordCount("Egypt’s President al-Sisi met Hamas' leaders -- twice, on 7 October.")).isEqualTo(10);
    }
}
