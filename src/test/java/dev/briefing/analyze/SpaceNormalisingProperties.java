package dev.briefing.analyze;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link BoilerplateCleaner#normaliseSpace} does what the replacements it stands for did. */
class SpaceNormalisingProperties {

    private static final Pattern SPACE_RUN = Pattern.compile("[\\t\\x0B\\f\\r ]+");

    private static String byExpression(String text) {
        return SPACE_RUN.matcher(text.replace('\u00A0', ' ').replace("\uFEFF", "")).replaceAll(" ").strip();
    }

    @Provide
    Arbitrary<String> blocks() {
        // Every character the expression or strip() treats specially, and a few it does not (a line
        // feed, an em space, a zero-width space), between letters of two scripts.
        return Arbitraries.strings().withChars("ab文 \t\u000B\f\r\u00A0\uFEFF\n\u2003\u200B.").ofMaxLength(40);
    }

    @Property(tries = 2000)
    void normalisesAsTheExpressionDid(@ForAll("blocks") String block) {
        assertThat(BoilerplateCleaner.normaliseSpace(block)).isEqualTo(byExpression(block));
    }

    @Example
    void makesEachRunOneSpace() {
        assertThat(BoilerplateCleaner.normaliseSpace(" \uFEFFGaza\u00A0 \t talks\r ")).isEqualTo("Gaza talks");
    }
}
