package dev.briefing.thread;

import dev.briefing.thread.ThreadingState.ThreadState;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Online clustering of articles that no declared thread claims: an article joins the most similar
 * existing thread when the similarity is high enough, else it starts a new thread. Similarity
 * combines TF-IDF cosine with the thread centroid, overlap of names, and closeness in time.
 * Candidates come from the state's inverted indexes, so cost grows with the corpus, not its square.
 */
final class ThreadClusterer {

    static final double TEXT_WEIGHT = 0.6;
    static final double NAME_WEIGHT = 0.25;
    static final double TIME_WEIGHT = 0.15;
    static final double JOIN_THRESHOLD = 0.26;
    static final double TIME_SCALE_DAYS = 90;
    static final double UNKNOWN_TIME_CLOSENESS = 0.5;

    Optional<ThreadState> bestThread(ThreadingState state, TermVector vector, Set<String> names, LocalDate date) {
        ThreadState best = null;
        double bestSimilarity = JOIN_THRESHOLD;
        for (ThreadState thread : state.candidateThreads(vector, names)) {
            double similarity = similarity(thread, vector, names, date);
            if (similarity >= bestSimilarity) {
                best = thread;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    static double similarity(ThreadState thread, TermVector vector, Set<String> names, LocalDate date) {
        double text = thread.cosine(vector);
        return TEXT_WEIGHT * text + NAME_WEIGHT * nameOverlap(thread, names) + TIME_WEIGHT * timeCloseness(thread, date);
    }

    /** Share of the article's names that are prominent in the thread (named by a fifth of its articles). */
    static double nameOverlap(ThreadState thread, Set<String> names) {
        if (names.isEmpty()) {
            return 0;
        }
        double prominence = Math.max(1, thread.articles() * 0.2);
        long shared = names.stream().filter(name -> thread.nameCounts().getOrDefault(name, 0) >= prominence).count();
        return (double) shared / names.size();
    }

    static double timeCloseness(ThreadState thread, LocalDate date) {
        if (date == null || !thread.dated()) {
            return UNKNOWN_TIME_CLOSENESS;
        }
        long day = date.toEpochDay();
        long gap = Math.max(0, Math.max(thread.firstDay() - day, day - thread.lastDay()));
        return Math.exp(-gap / TIME_SCALE_DAYS);
    }
}
