package dev.briefing.briefing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeframesTest {

    private static final List<LocalDate> DATES = Arrays.asList(LocalDate.of(2023, 10, 27), LocalDate.of(2023, 11, 2),
            LocalDate.of(2024, 2, 14), null);

    private static List<String> labels(TimeframeUnit unit) {
        return Timeframes.assign(DATES, unit).stream().map(Timeframes.Timeframe::label).toList();
    }

    @Test
    void groupsByCalendarUnit() {
        assertThat(labels(TimeframeUnit.MONTH)).containsExactly("October 2023", "November 2023", "February 2024", "Undated");
        assertThat(labels(TimeframeUnit.WEEK)).containsExactly("Week 43 of 2023 (23–29 October 2023)",
                "Week 44 of 2023 (30 October – 5 November 2023)", "Week 7 of 2024 (12–18 February 2024)", "Undated");
        assertThat(labels(TimeframeUnit.DAY)).containsExactly("27 October 2023", "2 November 2023", "14 February 2024", "Undated");
    }

    @Test
    void automaticRoundsSplitWhereCoveragePauses() {
        assertThat(labels(TimeframeUnit.AUTO)).containsExactly(
                "Round 1: 27 October – 2 November 2023", "Round 1: 27 October – 2 November 2023", "Round 2: 14 February 2024", "Undated");
    }

    @Test
    void keysSortChronologically() {
        List<String> keys = Timeframes.assign(DATES, TimeframeUnit.MONTH).stream().map(Timeframes.Timeframe::key).toList();
        assertThat(keys.subList(0, 3)).isSorted();
    }

    @Test
    void unitsAreParsedFromTheirNames() {
        assertThat(TimeframeUnit.parse("Week")).isEqualTo(TimeframeUnit.WEEK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeframeUnit.parse("fortnight"))
                .hasMessageContaining("day, week, month, auto");
    }
}
