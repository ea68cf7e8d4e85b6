package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.ContentSketch;
import dev.briefing.thread.DevelopmentMatcher.PartSignals;
import dev.briefing.thread.ThreadingState.DevelopmentState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentMatcherTest {

    private final DevelopmentMatcher matcher = new DevelopmentMatcher();
    private static final LocalDate DAY = LocalDate.of(2024, 2, 14);

    private static DevelopmentState development(String text, LocalDate from, LocalDate to) {
        DevelopmentState development = new DevelopmentState("t-d1", "t", new DocumentFrequencies()::term);
        development.add(Seeds.FINGERPRINTER.sketch(text), TermVector.EMPTY, Set.of(), from, to);
        return development;
    }

    private static PartSignals part(String text, LocalDate from, LocalDate to) {
        return new PartSignals(Seeds.FINGERPRINTER.sketch(text), TermVector.EMPTY, Set.of(), from, to);
    }

    @Test
    void matchesARewordedReportPublishedWithinDays() {
        DevelopmentState development = development(Seeds.text(Seeds.ANKARA_MEETING), DAY, DAY);

        assertThat(matcher.match(List.of(development), part(Seeds.text(Seeds.ANKARA_ROUNDUP), DAY.plusDays(2), DAY.plusDays(2))))
                .contains(development);
    }

    @Test
    void doesNotMatchTheSameWordingMonthsApart() {
        DevelopmentState development = development(Seeds.text(Seeds.ANKARA_MEETING), DAY, DAY);

        assertThat(matcher.match(List.of(development), part(Seeds.text(Seeds.ANKARA_MEETING), DAY.plusMonths(3), DAY.plusMonths(3))))
                .isEmpty();
    }

    @Test
    void doesNotMatchADifferentEvent() {
        DevelopmentState development = development(Seeds.text(Seeds.CAIRO_EFE), DAY, DAY);

        assertThat(matcher.match(List.of(development), part(Seeds.text(Seeds.CAIRO_LE_PARISIEN), null, null))).isEmpty();
    }

    @Test
    void anUndatedReportNeedsCloserWording() {
        ContentSketch unrelated = Seeds.FINGERPRINTER.sketch(Seeds.text(Seeds.CAIRO_EFE));
        DevelopmentState development = development(Seeds.text(Seeds.ANKARA_MEETING), DAY, DAY);

        assertThat(matcher.match(List.of(development), part(Seeds.text(Seeds.ANKARA_MEETING), null, null))).contains(development);
        assertThat(matcher.match(List.of(development), new PartSignals(unrelated, TermVector.EMPTY, Set.of(), null, null))).isEmpty();
    }
}
