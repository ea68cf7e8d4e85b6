package dev.briefing.analyze;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link NameTokens#raw} finds the tokens the regular expression it replaced found. */
class NameTokensProperties {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");

    @Provide
    Arbitrary<String> texts() {
        // Letters of several scripts, digits, marks, the joiners (also doubled and at the ends), spaces, punctuation, a surrogate pair.
        return Arbitraries.strings().withChars("aZé9٣ש文ʰⅫ½\u0301\u093E\u20DD'’-. ,;\"(").withChars("\uD835\uDC00").ofMaxLength(40);
    }

    @Property
    void findsTheTokensTheRegularExpressionFound(@ForAll("texts") String text) {
        var expected = TOKEN.matcher(text).results().map(match -> match.group()).toList();

        assertThat(NameTokens.raw(text)).isEqualTo(expected);
    }

    @Example
    void keepsJoinedNamesAndDropsPossessives() {
        assertThat(NameTokens.raw("Egypt’s al-Sisi met U.S. envoys -- again."))
                .containsExactly("Egypt’s", "al-Sisi", "met", "U.S", "envoys", "again");
        assertThat(NameTokens.of("Hamas's leaders")).containsExactly("Hamas", "leaders");
    }
}
