package dev.briefing.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-02-14|2024-02-14",
            "2024-02-14T23:30:00+02:00|2024-02-14",
            "2024-02-14 10:00:00|2024-02-14",
            "Wed, 14 Feb 2024 10:00:00 GMT|2024-02-14",
            "14 February 2024|2024-02-14",
            "February 14, 2024|2024-02-14",
            "Feb. 14, 2024|2024-02-14",
            "14th February 2024|2024-02-14",
            "Wednesday 14 February 2024|2024-02-14",
            "14.02.2024|2024-02-14",
            "2024/02/14|2024-02-14",
            "14 février 2024|2024-02-14",
            "14 de febrero de 2024|2024-02-14"})
    void readsCompleteDates(String text, LocalDate expected) {
        assertThat(DateParsing.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04/2024", "February 2024", "2024-02-30", "yesterday", "", "Friday"})
    void refusesAmbiguousIncompleteOrImpossibleDates(String text) {
        assertThat(DateParsing.parse(text)).isEmpty();
    }
}
