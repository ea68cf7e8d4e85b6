package dev.briefing.analyze;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EntityExtractor#cuesMediation} answers what running its expression on every sentence answered. */
class MediationCueProperties {

    private static final Pattern MEDIATION_CUE = Pattern.compile("(?i)\\b(?:mediat\\w*|broker\\w*|go-between|intermediar\\w*|facilitat\\w*)");

    @Provide
    Arbitrary<String> sentences() {
        // The cue words in mixed case, glued to letters, digits, underscores, marks or punctuation, and
        // characters whose lower case is longer or becomes ASCII (dotted capital I, the Kelvin sign).
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("mediat", "MEDIATORS", "Mediation", "broker", "BrokeRed", "go-between", "Go-Between", "go between",
                        "intermediary", "INTERMEDIARIES", "facilitated", "Facilitat", "mediaT", "medi", "inter", "re"),
                Arbitraries.strings().withChars("aZ9_-é\u0301İ\u212A .,'’").ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void findsACueWhereTheExpressionDoes(@ForAll("sentences") String sentence) {
        assertThat(EntityExtractor.cuesMediation(sentence)).isEqualTo(MEDIATION_CUE.matcher(sentence).find());
    }

    @Example
    void findsCuesAtWordStartsOnly() {
        assertThat(EntityExtractor.cuesMediation("Egypt and Qatar MEDIATED the talks.")).isTrue();
        assertThat(EntityExtractor.cuesMediation("An intermediary carried the proposal.")).isTrue();
        assertThat(EntityExtractor.cuesMediation("Remediation of the port continued.")).isFalse();
        assertThat(EntityExtractor.cuesMediation("The talks resumed in Cairo.")).isFalse();
    }
}
