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

    private final Map<String, ThreadState> threads = new LinkedHashMap<>();
    private final Map<String, DevelopmentState> developments = new LinkedHashMap<>();
    private final Map<String, Set<String>> threadsByTerm = new HashMap<>();
    private final Map<String, Set<String>> threadsByName = new HashMap<>();
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
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
        vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEXED_TERMS)
                .forEach(entry -> threadsByTerm.computeIfAbsent(entry.getKey(), t -> new HashSet<>()).add(thread.code()));
        for (String name : names) {
            threadsByName.computeIfAbsent(name, n -> new HashSet<>()).add(thread.code());
        }
    }

    /** Clustered threads sharing a strong term or a name with the article: the only ones worth comparing. */
    List<ThreadState> candidateThreads(Map<String, Double> vector, Set<String> names) {
        Set<String> codes = new HashSet<>();
        vector.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEXED_TERMS)
                .forEach(entry -> codes.addAll(threadsByTerm.getOrDefault(entry.getKey(), Set.of())));
        for (String name : names) {
            codes.addAll(threadsByName.getOrDefault(name, Set.of()));
        }
        List<ThreadState> candidates = new ArrayList<>();
        for (String code : codes) {
            ThreadState thread = threads.get(code);
            if (!thread.declared()) {
                candidates.add(thread);
            }
        }
        candidates.sort(java.util.Comparator.comparing(ThreadState::code));
        return candidates;
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
        private final Set<String> names = new HashSet<>();
        private LocalDate earliest;
        private LocalDate latest;

        DevelopmentState(String code, String threadCode) {
            this.code = code;
            this.threadCode = threadCode;
        }

        void add(ContentSketch sketch, Map<String, Double> vector, Set<String> partNames, LocalDate from, LocalDate to) {
            sketches.add(sketch);
            TermVectors.addInto(termSum, vector);
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

        Map<String, Double> termSum() {
            return termSum;
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
