package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.article.Entities;
import dev.briefing.article.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private final EntityExtractor extractor = Seeds.ENTITIES;

    private Entities extract(String text) {
        return extractor.extract(List.of(Paragraph.text(text)));
    }

    @Test
    void normalisesAliasesToOneName() {
        Entities entities = extract("Officials of the Islamic Resistance Movement met Hamas’s leaders and Yoav Galant.");

        assertThat(entities.actors()).containsExactly("Hamas", "Yoav Gallant");
    }

    @Test
    void aCapitalIsAPlaceAndStandsForItsStateOnlyWhenItActs() {
        assertThat(extract("Despite obstacles, Doha’s mediation continues alongside Cairo and Washington.").mediators())
                .containsExactly("Egypt", "Qatar", "United States");
        Entities meetingPlace = extract("The delegations met in Doha on Monday.");
        assertThat(meetingPlace.places()).containsExactly("Doha");
        assertThat(meetingPlace.actors()).isEmpty();
        assertThat(extract("Washington estimates that a deal is close.").actors()).containsExactly("United States");
    }

    @Test
    void thePartiesBetweenWhomTalksRunAreNotMediators() {
        Entities entities = extract("Talks on a deal between Israel and Hamas continue through Qatari mediation.");

        assertThat(entities.actors()).containsExactly("Hamas", "Israel", "Qatar");
        assertThat(entities.mediators()).containsExactly("Qatar");
    }

    @Test
    void mediaAreNeitherActorsNorMediators() {
        Entities entities = extract("Sources told Al Jazeera that Qatari mediation continues, CNN reported.");

        assertThat(entities.actors()).containsExactly("Qatar");
    }

    @Test
    void aStateNamedAsALocationIsAPlace() {
        Entities entities = extract("A Hamas spokesman in Lebanon warned at a press conference in Beirut.");

        assertThat(entities.places()).containsExactly("Beirut", "Lebanon");
        assertThat(entities.actors()).containsExactly("Hamas");
    }

    @Test
    void aLeadingArticleDoesNotSwallowTheNextName() {
        assertThat(extract("It is backed by the UN Security Council resolutions.").actors()).containsExactly("UN Security Council");
    }

    @Test
    void findsTheMediatorsOfTheSeeds() {
        assertThat(Seeds.article(Seeds.ANKARA_ROUNDUP).entities().mediators()).containsExactly("Egypt", "Qatar", "United States");
        assertThat(Seeds.article(Seeds.BRUSSELS_SUMMIT).entities().mediators()).containsExactly("Qatar");
    }
}
