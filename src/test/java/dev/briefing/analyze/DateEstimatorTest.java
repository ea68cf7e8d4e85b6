package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.article.DateStatus;
import dev.briefing.article.Paragraph;
import dev.briefing.article.PublicationDate;
import dev.briefing.profile.AnchorDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateEstimatorTest {

    private static final AnchorDate WAR_START = new AnchorDate("the start of the war", LocalDate.of(2023, 10, 7),
            List.of("war", "negotiations"), List.of("october 7"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final DateEstimator estimator = new DateEstimator();

    private PublicationDate estimate(String... paragraphs) {
        return estimator.estimate(List.of(paragraphs).stream().map(Paragraph::text).toList(), List.of(WAR_START), TODAY);
    }

    @Test
    void countsAnOngoingDurationFromTheAnchorAndPicksTheOnlyReportedWeekdayInRange() {
        PublicationDate date = estimate(
                "Sources told Al Jazeera on Friday that negotiations are progressing.",
                "The Israeli war on Gaza has been continuing for 3 weeks, and the bombing goes on.");

        assertThat(date.status()).isEqualTo(DateStatus.ESTIMATED);
        assertThat(date.earliest()).isEqualTo(LocalDate.of(2023, 10, 25));
        assertThat(date.latest()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 10, 27)).matches(d -> d.getDayOfWeek() == java.time.DayOfWeek.FRIDAY);
        assertThat(date.evidence()).contains("for 3 weeks").contains("the start of the war").contains("Friday");
    }

    @Test
    void nearlyMeansTheRangeEndsAtTheFullDuration() {
        PublicationDate date = estimate("For nearly 10 months, the rounds of indirect negotiations have been faltering.");

        assertThat(date.earliest()).isEqualTo(LocalDate.of(2024, 7, 23));
        assertThat(date.latest()).isEqualTo(LocalDate.of(2024, 8, 7));
    }

    @Test
    void aboutMeansHalfAUnitEitherSide() {
        PublicationDate date = estimate("The negotiations have been faltering for about 10 months.");

        assertThat(date.earliest()).isEqualTo(LocalDate.of(2024, 7, 23));
        assertThat(date.latest()).isEqualTo(LocalDate.of(2024, 8, 22));
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 8, 7));
    }

    @Test
    void ignoresDurationsThatAreNotOngoingOrNotTiedToAnAnchor() {
        assertThat(estimate("Spain proposed a peace conference in Madrid within 6 months.").status()).isEqualTo(DateStatus.UNDATED);
        assertThat(estimate("The minister has been in office for 3 years.").status()).isEqualTo(DateStatus.UNDATED);
    }

    @Test
    void aMentionOfTheAnchorOnlyBoundsTheDateFromBelow() {
        PublicationDate date = estimate("Hostages have been held in the Gaza Strip since October 7, the statement said.");

        assertThat(date.status()).isEqualTo(DateStatus.UNDATED);
        assertThat(date.earliest()).isEqualTo(WAR_START.date());
        assertThat(date.date()).isNull();
        assertThat(date.evidence()).contains("since October 7");
    }

    @Test
    void withoutAnchorsNothingIsEstimated() {
        PublicationDate date = estimator.estimate(List.of(Paragraph.text("The war has been continuing for 3 weeks.")), List.of(), TODAY);

        assertThat(date).isEqualTo(PublicationDate.undated());
    }

    @Test
    void neverEstimatesADateAfterTheRunDate() {
        PublicationDate date = estimator.estimate(List.of(Paragraph.text("The war has been continuing for 3 weeks.")),
                List.of(WAR_START), LocalDate.of(2023, 10, 27));

        assertThat(date.latest()).isEqualTo(LocalDate.of(2023, 10, 27));
    }

    @Test
    void estimatesTheSeedsFromTheirText() {
        assertThat(Seeds.article(Seeds.BRUSSELS_SUMMIT).date().date()).isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(Seeds.article(Seeds.ANKARA_MEETING).date().status()).isEqualTo(DateStatus.ESTIMATED);
        assertThat(Seeds.article(Seeds.CAIRO_LE_PARISIEN).date().status()).isEqualTo(DateStatus.UNDATED);
    }
}
