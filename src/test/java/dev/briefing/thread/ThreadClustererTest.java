package dev.briefing.thread;

import dev.briefing.thread.ThreadingState.ThreadState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each signal of the similarity between an article and a thread, and how they combine. */
class ThreadClustererTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 14);

    private static ThreadState thread(ThreadingState state, String code, Map<String, Double> centroid, Set<String> names, LocalDate... dates) {
        ThreadState thread = state.addThread(code, code, false);
        for (LocalDate date : dates) {
            state.addToThread(thread, state.frequencies().vector(centroid), names, date);
        }
        return thread;
    }

    /** A vector of one term. */
    private static TermVector vector(ThreadingState state, String term) {
        return state.frequencies().vector(Map.of(term, 1.0));
    }

    @Test
    void textSignalIsTheCosineWithTheCentroid() {
        ThreadingState state = new ThreadingState();
        ThreadState thread = thread(state, "t1", Map.of("truce", 1.0), Set.of(), DAY);

        assertThat(ThreadClusterer.similarity(thread, vector(state, "truce"), Set.of(), null)
                - ThreadClusterer.similarity(thread, vector(state, "grain"), Set.of(), null))
                .isCloseTo(ThreadClusterer.TEXT_WEIGHT, within(1e-9));
    }

    @Test
    void nameSignalCountsOnlyNamesProminentInTheThread() {
        ThreadingState state = new ThreadingState();
        ThreadState thread = state.addThread("t1", "t1", false);
        for (int i = 0; i < 10; i++) {
            state.addToThread(thread, vector(state, "truce"), i < 5 ? Set.of("Qatar", "Hamas") : Set.of("Qatar"), DAY);
        }
        state.addToThread(thread, vector(state, "truce"), Set.of("Norway"), DAY);

        assertThat(ThreadClusterer.nameOverlap(thread, Set.of("Qatar", "Hamas"))).isEqualTo(1.0);
        assertThat(ThreadClusterer.nameOverlap(thread, Set.of("Qatar", "Norway"))).as("Norway is named by one article of eleven").isEqualTo(0.5);
        assertThat(ThreadClusterer.nameOverlap(thread, Set.of())).isZero();
    }

    @Test
    void timeSignalDecaysWithTheGapToTheThreadsSpan() {
        ThreadState thread = thread(new ThreadingState(), "t1", Map.of("truce", 1.0), Set.of(), DAY, DAY.plusDays(30));

        assertThat(ThreadClusterer.timeCloseness(thread, DAY.plusDays(10))).isEqualTo(1.0);
        assertThat(ThreadClusterer.timeCloseness(thread, DAY.plusDays(30 + 90))).isCloseTo(Math.exp(-1), within(1e-9));
        assertThat(ThreadClusterer.timeCloseness(thread, DAY.minusDays(180))).isCloseTo(Math.exp(-2), within(1e-9));
        assertThat(ThreadClusterer.timeCloseness(thread, null)).isEqualTo(ThreadClusterer.UNKNOWN_TIME_CLOSENESS);
    }

    @Test
    void anArticleJoinsTheMostSimilarThreadAboveTheThresholdOnly() {
        ThreadingState state = new ThreadingState();
        thread(state, "t1", Map.of("truce", 0.8, "hostag", 0.6), Set.of("Hamas"), DAY);
        thread(state, "t2", Map.of("grain", 0.8, "port", 0.6), Set.of("Ukraine"), DAY);
        ThreadClusterer clusterer = new ThreadClusterer();

        assertThat(clusterer.bestThread(state, state.frequencies().vector(Map.of("grain", 0.7, "port", 0.7)), Set.of("Ukraine"), DAY.plusDays(3)))
                .map(ThreadState::code).contains("t2");
        assertThat(clusterer.bestThread(state, vector(state, "treati"), Set.of("Armenia"), DAY)).isEmpty();
    }

    @Test
    void onlyThreadsSharingAStrongTermOrANameAreCandidates() {
        ThreadingState state = new ThreadingState();
        thread(state, "t1", Map.of("truce", 1.0), Set.of("Hamas"), DAY);
        thread(state, "t2", Map.of("grain", 1.0), Set.of("Ukraine"), DAY);
        state.addThread("declared", "Declared", true);

        assertThat(state.candidateThreads(vector(state, "grain"), Set.of())).extracting(ThreadState::code).containsExactly("t2");
        assertThat(state.candidateThreads(vector(state, "other"), Set.of("Hamas"))).extracting(ThreadState::code).containsExactly("t1");
        assertThat(state.candidateThreads(vector(state, "other"), Set.of())).isEmpty();
    }

    @Test
    void candidatesAreRankedByWhatTheyShareThenByCodeUpToTheLimit() {
        ThreadingState state = new ThreadingState();
        for (int i = 1; i <= 12; i++) {
            thread(state, "t" + i, Map.of("truce", 1.0), Set.of("Hamas"), DAY);
        }
        thread(state, "t13", Map.of("grain", 1.0), Set.of("Hamas"), DAY);

        // Twelve threads share the name only, equally: the earliest codes (as text) take the places left.
        assertThat(state.candidateThreads(vector(state, "grain"), Set.of("Hamas"), 10)).extracting(ThreadState::code)
                .containsExactly("t13", "t1", "t10", "t11", "t12", "t2", "t3", "t4", "t5", "t6");
        assertThat(state.candidateThreads(vector(state, "grain"), Set.of("Hamas"), 20)).hasSize(13);
        assertThat(state.candidateThreads(vector(state, "grain"), Set.of("Hamas"), 1)).extracting(ThreadState::code)
                .containsExactly("t13");
    }
}
