package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.thread.ThreadingState.DevelopmentState;
import dev.briefing.thread.ThreadingState.ThreadState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadingStateTest {

    private static final LocalDate TALKS = LocalDate.of(2024, 2, 14);

    private static TermVector truce(ThreadingState state) {
        return state.frequencies().vector(Map.of("truce", 1.0));
    }

    private static DevelopmentState development(ThreadingState state, LocalDate date) {
        ThreadState thread = state.addThread("t1", "Talks", false);
        DevelopmentState development = state.addDevelopment(thread);
        state.addToDevelopment(development, Seeds.FINGERPRINTER.sketch(Seeds.text(Seeds.CAIRO_EFE)), truce(state), Set.of("Cairo"), date, date);
        return development;
    }

    @Test
    void aDevelopmentKeepsItsVocabularyWhileReportsOfItCanStillArrive() {
        ThreadingState state = new ThreadingState();
        DevelopmentState development = development(state, TALKS);

        state.passDate(TALKS.plusDays(ThreadingState.VOCABULARY_DAYS));

        assertThat(development.cosine(truce(state))).isEqualTo(1.0);
        assertThat(development.names()).containsExactly("Cairo");
    }

    @Test
    void longAfterADevelopmentEndedOnlyItsWordingIsKept() {
        ThreadingState state = new ThreadingState();
        DevelopmentState development = development(state, TALKS);

        state.passDate(TALKS.plusDays(ThreadingState.VOCABULARY_DAYS + 1));

        assertThat(development.cosine(truce(state))).isZero();
        assertThat(development.names()).isEmpty();
        assertThat(development.sketches()).hasSize(1);
    }

    @Test
    void aDevelopmentExtendedLaterIsJudgedByItsNewLatestDate() {
        ThreadingState state = new ThreadingState();
        DevelopmentState development = development(state, TALKS);
        LocalDate followUp = TALKS.plusDays(2);
        state.addToDevelopment(development, Seeds.FINGERPRINTER.sketch(Seeds.text(Seeds.CAIRO_EFE)), truce(state), Set.of(), followUp, followUp);

        state.passDate(TALKS.plusDays(ThreadingState.VOCABULARY_DAYS + 1));

        assertThat(development.cosine(truce(state))).isPositive();
    }
}
