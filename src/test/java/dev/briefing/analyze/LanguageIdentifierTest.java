package dev.briefing.analyze;

import dev.briefing.Seeds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = Seeds.LANGUAGES;

    @Test
    void identifiesTheLanguageOfArticleText() {
        assertThat(identifier.identify(Seeds.text(Seeds.CAIRO_EFE))).isEqualTo("en");
        assertThat(identifier.identify("Les négociations entre le Hamas et Israël se poursuivent au Caire, selon les médiateurs"
                + " égyptiens et qataris, qui espèrent un accord de trêve dans les prochains jours.")).isEqualTo("fr");
        assertThat(identifier.identify("Las negociaciones entre Hamás e Israel continúan en El Cairo con la mediación de Egipto"
                + " y Catar, que esperan un acuerdo de tregua en los próximos días.")).isEqualTo("es");
        assertThat(identifier.identify("تستمر المفاوضات في القاهرة بين وفدي حماس وإسرائيل بوساطة مصرية وقطرية للتوصل إلى هدنة")).isEqualTo("ar");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(identifier.identify("Gaza")).isEqualTo(LanguageIdentifier.UNDETERMINED);
        assertThat(LanguageIdentifier.displayName("und")).isEqualTo("undetermined");
        assertThat(LanguageIdentifier.displayName("fr")).isEqualTo("French");
    }
}
