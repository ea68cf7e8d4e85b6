package dev.briefing.thread;

import dev.briefing.article.ContentSketch;
import dev.briefing.thread.ThreadingState.DevelopmentState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a part of an article reports a development its thread already has: two reports
 * of one event share much of their wording (MinHash agreement over character shingles) or their
 * vocabulary and names, and were published within days of each other. Undated parts must share
 * more wording, since their dates cannot confirm the match.
 */
final class DevelopmentMatcher {

    static final double SHARED_WORDING = 0.30;
    static final double SHARED_WORDING_UNDATED = 0.45;
    static final double SHARED_VOCABULARY = 0.50;
    static final int SHARED_NAMES = 2;
    static final int REPORTING_LAG_DAYS = 3;
    /** Recent developments only: a report matches an event of the last few hundred, not of years ago. */
    static final int CANDIDATES = 300;

    /** A part about to be placed: its wording, vocabulary, names and date range (null when undated). */
    record PartSignals(ContentSketch sketch, TermVector vector, Set<String> names, LocalDate earliest, LocalDate latest) {

        boolean dated() {
            return earliest != null;
        }
    }

    Optional<DevelopmentState> match(List<DevelopmentState> developments, PartSignals part) {
        DevelopmentState best = null;
        double bestSimilarity = 0;
        int from = Math.max(0, developments.size() - CANDIDATES);
        for (DevelopmentState development : developments.subList(from, developments.size())) {
            if (!datesCompatible(development, part)) {
                continue;
            }
            double wording = development.sketches().stream().mapToDouble(s -> s.estimatedJaccard(part.sketch())).max().orElse(0);
            double vocabulary = development.cosine(part.vector());
            long sharedNames = part.names().stream().filter(development.names()::contains).count();
            boolean bothDated = part.dated() && development.dated();
            boolean same = bothDated
                    ? wording >= SHARED_WORDING || (vocabulary >= SHARED_VOCABULARY && sharedNames >= SHARED_NAMES)
                    : wording >= SHARED_WORDING_UNDATED;
            double similarity = Math.max(wording, vocabulary);
            if (same && similarity > bestSimilarity) {
                best = development;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean datesCompatible(DevelopmentState development, PartSignals part) {
        if (!development.dated() || !part.dated()) {
            return true;
        }
        return !part.earliest().isAfter(development.latest().plusDays(REPORTING_LAG_DAYS))
                && !part.latest().isBefore(development.earliest().minusDays(REPORTING_LAG_DAYS));
    }
}
