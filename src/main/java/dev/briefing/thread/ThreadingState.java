package dev.briefing.thread;

import dev.briefing.analyze.TermVectors;

import dev.briefing.article.ContentSketch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What online threading knows about one collection while a thread step runs: the threads and
 * developments so far, with the centroids, names and dates new articles are compared with, and
 * inverted indexes from terms and names to threads so that an article is compared only with the
 * threads it can match. Rebuilt from the store at the start of every step (including restarts),
 * so that it always equals what has been committed.
 */
final class ThreadingState {

    /** Only an article's strongest terms are indexed: enough to find candidates, bounded in cost. */
    static final int INDEXED_TERMS = 25;
    /** How many threads an article is compared with at most, the best-ranked by what they share with it. */
    static final int CANDIDATES = 40;
    /** A shared name counts in the ranking like a shared term of middling weight (article vectors have unit length). */
    static final double SHARED_NAME_WEIGHT = 0.1;
    /**
     * A term among the strong ones of more than this fraction of the threads (1/20, and more than
     * {@link #CANDIDATES} of them) tells no thread apart: ranking by it only walked ever longer
     * lists, which made the thread step grow faster than the archive.
     */
    static final int COMMON_TERM_SHARE = 20;
    /**
     * A thread's centroid keeps its strongest terms only. The rare terms of each article would
     * otherwise pile up (tens of thousands per thread of an archive), costing memory and time in
     * every comparison while adding almost nothing to the cosine.
     */
    static final int CENTROID_TERMS = 400;
    /** Likewise for a development's vocabulary, and it keeps the wording of its latest reports only. */
    static final int DEVELOPMENT_TERMS = 150;
    static final int DEVELOPMENT_SKETCHES = 12;
    /**
     * A dated development is compared by vocabulary and names only with parts dated within days
     * of it ({@link DevelopmentMatcher}), and articles come in date order; once they are this far
     * past it (a margin for the estimated dates, whose ranges can be wide), its vocabulary can no
     * longer decide anything and is dropped, so that memory follows the developments still open,
     * not the whole archive. Its wording stays, for undated reports.
     */
    static final int VOCABULARY_DAYS = 31 + DevelopmentMatcher.REPORTING_LAG_DAYS;

    private final Map<String, ThreadState> threads = new LinkedHashMap<>();
    private final Map<String, DevelopmentState> developments = new LinkedHashMap<>();
    private final Map<String, Set<String>> threadsByTerm = new HashMap<>();
    private final Map<String, Set<String>> threadsByName = new HashMap<>();
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    /** Dated developments by the latest date they had when last extended, the earliest first; stale entries are skipped. */
    private final PriorityQueue<Map.Entry<LocalDate, DevelopmentState>> byLatestDate = new PriorityQueue<>(
            Map.Entry.<LocalDate, DevelopmentState>comparingByKey().thenComparing(entry -> entry.getValue().code()));
    private int clusteredThreadCount;

    DocumentFrequencies frequencies() {
        return frequencies;
    }

    Optional<ThreadState> thread(String code) {
        return Optional.ofNullable(threads.get(code));
    }

    ThreadState addThread(String code, String label, boolean declared) {
        ThreadState thread = new ThreadState(code, label, declared);
        threads.put(code, thread);
        if (!declared) {
            clusteredThreadCount = Math.max(clusteredThreadCount, clusteredNumber(code));
        }
        return thread;
    }

    String nextClusteredThreadCode() {
        return "t" + (clusteredThreadCount + 1);
    }

    private static int clusteredNumber(String code) {
        return code.matches("t\\d+") ? Integer.parseInt(code.substring(1)) : 0;
    }

    /** Records that a thread now holds an article with these signals. */
    void addToThread(ThreadState thread, Map<String, Double> vector, Set<String> names, LocalDate date) {
        thread.add(vector, names, date);
        for (Map.Entry<String, Double> term : strongest(vector)) {
            threadsByTerm.computeIfAbsent(term.getKey(), t -> new HashSet<>()).add(thread.code());
        }
        for (String name : names) {
            threadsByName.computeIfAbsent(name, n -> new HashSet<>()).add(thread.code());
        }
    }

    /**
     * The clustered threads most worth comparing with an article: those sharing its strong terms
     * or names, ranked by the weight of what they share, at most {@link #CANDIDATES}. Without the
     * cap every article would be compared with every thread that shares a country's name, and
     * cost would grow with the square of the corpus.
     */
    List<ThreadState> candidateThreads(Map<String, Double> vector, Set<String> names) {
        return candidateThreads(vector, names, CANDIDATES);
    }

    /** The same, keeping at most {@code limit}. */
    List<ThreadState> candidateThreads(Map<String, Double> vector, Set<String> names, int limit) {
        Map<String, Double> shared = new HashMap<>();
        int commonTerm = Math.max(CANDIDATES, threads.size() / COMMON_TERM_SHARE);
        for (Map.Entry<String, Double> term : strongest(vector)) {
            Set<String> holders = threadsByTerm.getOrDefault(term.getKey(), Set.of());
            if (holders.size() > commonTerm) {
                continue;
            }
            for (String code : holders) {
                shared.merge(code, term.getValue(), Double::sum);
            }
        }
        for (String name : names) {
            for (String code : threadsByName.getOrDefault(name, Set.of())) {
                shared.merge(code, SHARED_NAME_WEIGHT, Double::sum);
            }
        }
        return shared.entrySet().stream()
                .filter(entry -> !threads.get(entry.getKey()).declared())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(entry -> threads.get(entry.getKey()))
                .toList();
    }

    private static List<Map.Entry<String, Double>> strongest(Map<String, Double> vector) {
        return vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEXED_TERMS)
                .toList();
    }

    /** Records that a development now holds a part, dated or not. */
    void addToDevelopment(DevelopmentState development, ContentSketch sketch, Map<String, Double> vector, Set<String> names,
            LocalDate from, LocalDate to) {
        development.add(sketch, vector, names, from, to);
        if (development.dated()) {
            byLatestDate.add(Map.entry(development.latest(), development));
        }
    }

    /** Drops the vocabulary of the developments that ended {@link #VOCABULARY_DAYS} days before an article of this date. */
    void passDate(LocalDate date) {
        LocalDate cutoff = date.minusDays(VOCABULARY_DAYS);
        while (!byLatestDate.isEmpty() && byLatestDate.peek().getKey().isBefore(cutoff)) {
            Map.Entry<LocalDate, DevelopmentState> oldest = byLatestDate.poll();
            if (oldest.getValue().latest().equals(oldest.getKey())) {
                oldest.getValue().dropVocabulary();
            }
        }
    }

    DevelopmentState addDevelopment(ThreadState thread) {
        String code = thread.code() + "-d" + (thread.developmentCodes().size() + 1);
        DevelopmentState development = new DevelopmentState(code, thread.code());
        developments.put(code, development);
        thread.developmentCodes().add(code);
        return development;
    }

    DevelopmentState restoreDevelopment(String code, ThreadState thread) {
        return developments.computeIfAbsent(code, c -> {
            thread.developmentCodes().add(c);
            return new DevelopmentState(c, thread.code());
        });
    }

    List<DevelopmentState> developmentsOf(ThreadState thread) {
        return thread.developmentCodes().stream().map(developments::get).toList();
    }

    /** A thread as threading sees it: centroid, names and time span of what it holds. */
    static final class ThreadState {
        private final String code;
        private final String label;
        private final boolean declared;
        private final Map<String, Double> centroid = new HashMap<>();
        /** The centroid's norm, kept because every candidate comparison needs it; negative when it must be recomputed. */
        private double centroidNorm = -1;
        private final Map<String, Integer> nameCounts = new HashMap<>();
        private final List<String> developmentCodes = new ArrayList<>();
        private LocalDate first;
        private LocalDate last;
        private int articles;

        ThreadState(String code, String label, boolean declared) {
            this.code = code;
            this.label = label;
            this.declared = declared;
        }

        void add(Map<String, Double> vector, Set<String> names, LocalDate date) {
            TermVectors.addInto(centroid, vector);
            TermVectors.keepStrongest(centroid, CENTROID_TERMS);
            centroidNorm = -1;
            names.forEach(name -> nameCounts.merge(name, 1, Integer::sum));
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
            articles++;
        }

        String code() {
            return code;
        }

        String label() {
            return label;
        }

        boolean declared() {
            return declared;
        }

        Map<String, Double> centroid() {
            return centroid;
        }

        /** Cosine similarity of the centroid with a vector of known norm. */
        double cosine(Map<String, Double> vector, double vectorNorm) {
            if (centroidNorm < 0) {
                centroidNorm = TermVectors.norm(centroid);
            }
            return TermVectors.cosine(centroid, centroidNorm, vector, vectorNorm);
        }

        Map<String, Integer> nameCounts() {
            return nameCounts;
        }

        List<String> developmentCodes() {
            return developmentCodes;
        }

        LocalDate first() {
            return first;
        }

        LocalDate last() {
            return last;
        }

        int articles() {
            return articles;
        }
    }

    /** A development as threading sees it: the sketches, terms, names and dates of its parts. */
    static final class DevelopmentState {
        private final String code;
        private final String threadCode;
        private final List<ContentSketch> sketches = new ArrayList<>();
        private final Map<String, Double> termSum = new HashMap<>();
        /** The norm of the term sum, kept for the comparisons with every new part; negative when it must be recomputed. */
        private double termSumNorm = -1;
        private final Set<String> names = new HashSet<>();
        private LocalDate earliest;
        private LocalDate latest;

        DevelopmentState(String code, String threadCode) {
            this.code = code;
            this.threadCode = threadCode;
        }

        void add(ContentSketch sketch, Map<String, Double> vector, Set<String> partNames, LocalDate from, LocalDate to) {
            sketches.add(sketch);
            if (sketches.size() > DEVELOPMENT_SKETCHES) {
                sketches.remove(0);
            }
            TermVectors.addInto(termSum, vector);
            TermVectors.keepStrongest(termSum, DEVELOPMENT_TERMS);
            termSumNorm = -1;
            names.addAll(partNames);
            if (from != null) {
                earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
                latest = latest == null || to.isAfter(latest) ? to : latest;
            }
        }

        String code() {
            return code;
        }

        String threadCode() {
            return threadCode;
        }

        List<ContentSketch> sketches() {
            return sketches;
        }

        void dropVocabulary() {
            termSum.clear();
            names.clear();
            termSumNorm = -1;
        }

        /** Cosine similarity of the development's vocabulary with a vector of known norm. */
        double cosine(Map<String, Double> vector, double vectorNorm) {
            if (termSumNorm < 0) {
                termSumNorm = TermVectors.norm(termSum);
            }
            return TermVectors.cosine(termSum, termSumNorm, vector, vectorNorm);
        }

        Set<String> names() {
            return names;
        }

        LocalDate earliest() {
            return earliest;
        }

        LocalDate latest() {
            return latest;
        }

        boolean dated() {
            return earliest != null;
        }
    }
}
