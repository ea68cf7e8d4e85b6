package dev.briefing.briefing;

import dev.briefing.article.DateSource;
import dev.briefing.article.DateStatus;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.DateDisplay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTest {

    private static final PublicationDate STATED = PublicationDate.stated(LocalDate.of(2024, 2, 14), DateSource.DATELINE, "2024-02-14");
    private static final PublicationDate NARROW = PublicationDate.estimated(LocalDate.of(2023, 10, 27),
            LocalDate.of(2023, 10, 25), LocalDate.of(2023, 10, 31), "for 3 weeks");
    private static final PublicationDate WIDE_A = PublicationDate.estimated(LocalDate.of(2024, 7, 30),
            LocalDate.of(2024, 7, 23), LocalDate.of(2024, 8, 7), "nearly 10 months");
    private static final PublicationDate WIDE_B = PublicationDate.estimated(LocalDate.of(2024, 8, 7),
            LocalDate.of(2024, 7, 23), LocalDate.of(2024, 8, 22), "about 10 months");

    @Test
    void aStatedDateIsWrittenPlainlyWithItsProvenance() {
        DateDisplay display = DateTexts.of(STATED);

        assertThat(display.text()).isEqualTo("14 February 2024");
        assertThat(display.provenance()).isEqualTo("stated (dateline in the text)");
        assertThat(display.estimated()).isFalse();
    }

    @Test
    void anEstimateIsMarkedAndAWideOneIsARange() {
        assertThat(DateTexts.of(NARROW).text()).isEqualTo("c. 27 October 2023 (between 25 and 31 October 2023)");
        assertThat(DateTexts.of(WIDE_B).text()).isEqualTo("between 23 July and 22 August 2024");
        assertThat(DateTexts.of(WIDE_B).estimated()).isTrue();
        assertThat(DateTexts.of(WIDE_B).evidence()).isEqualTo("about 10 months");
    }

    @Test
    void undatedSaysSoAndKeepsALowerBound() {
        assertThat(DateTexts.of(PublicationDate.undated()).text()).isEqualTo("undated");
        assertThat(DateTexts.of(PublicationDate.undatedNotBefore(LocalDate.of(2023, 10, 7), "since October 7")).text())
                .isEqualTo("undated (not before 7 October 2023)");
    }

    @Test
    void aDevelopmentTakesTheEarliestStatedDateOfItsReports() {
        PublicationDate later = PublicationDate.stated(LocalDate.of(2024, 2, 15), DateSource.RECORD_METADATA, "2024-02-15");

        DateDisplay display = DateTexts.combine(List.of(later, NARROW, STATED));

        assertThat(display.text()).isEqualTo("14 February 2024");
        assertThat(display.status()).isEqualTo(DateStatus.STATED);
    }

    @Test
    void estimatesOfOneDevelopmentAreNarrowedToTheRangeTheyShare() {
        DateDisplay display = DateTexts.combine(List.of(WIDE_A, WIDE_B));

        assertThat(display.text()).isEqualTo("between 23 July and 7 August 2024");
        assertThat(display.evidence()).contains("nearly 10 months").contains("about 10 months");
    }

    @Test
    void undatedReportsGiveAnUndatedDevelopment() {
        assertThat(DateTexts.combine(List.of(PublicationDate.undated())).undated()).isTrue();
    }
}
