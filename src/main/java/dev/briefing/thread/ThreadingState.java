package dev.briefing.thread;

import dev.briefing.article.ContentSketch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What online threading knows about one collection while a thread step runs: the threads and
 * developments so far, with the centroids, names and dates new articles are compared with, and
 * inverted indexes from terms and names to threads so that an article is compared only with the
 * threads it can match. Rebuilt from the store by every step that has articles to place
 * (restarts included), so that it always equals what has been committed.
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
    /** The threads in the order they were added: a thread's {@link ThreadState#index()} is its place here. */
    private final List<ThreadState> threadsByIndex = new ArrayList<>();
    private final Map<String, DevelopmentState> developments = new LinkedHashMap<>();
    /**
     * The threads indexed under each term, by term id (ids are dense). A map from boxed ids was 13%
     * of the placing thread at 100,000 articles: its bins had grown into trees.
     */
    private Holders[] threadsByTerm = new Holders[1024];
    private final Map<String, Holders> threadsByName = new HashMap<>();
    /** {@link #candidateThreads}' sums by thread index, all zero between calls. */
    private double[] sharedScratch = new double[0];
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
        ThreadState thread = new ThreadState(code, label, declared, threadsByIndex.size(), frequencies::term);
        threads.put(code, thread);
        threadsByIndex.add(thread);
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
    void addToThread(ThreadState thread, TermVector vector, Set<String> names, LocalDate date) {
        for (String name : names) {
            if (!thread.nameCounts().containsKey(name)) {
                threadsByName.computeIfAbsent(name, n -> new Holders()).add(thread.index());
            }
        }
        thread.add(vector, names, date);
        for (int term : vector.strongestFirst(INDEXED_TERMS, frequencies::term).terms()) {
            if (thread.indexedTerms.add(term)) {
                holdersOf(term).add(thread.index());
            }
        }
    }

    /**
     * The clustered threads most worth comparing with an article: those sharing its strong terms
     * or names, ranked by the weight of what they share, at most {@link #CANDIDATES}. Without the
     * cap every article would be compared with every thread that shares a country's name, and
     * cost would grow with the square of the corpus.
     */
    List<ThreadState> candidateThreads(TermVector vector, Set<String> names) {
        return candidateThreads(vector, names, CANDIDATES);
    }

    /** The same, keeping at most {@code limit}. */
    List<ThreadState> candidateThreads(TermVector vector, Set<String> names, int limit) {
        // What each thread shares, summed in an array by thread index: a map from codes to sums
        // cost a third of the thread step at 100,000 articles. The array is kept between calls
        // (a new one per article and paragraph was gigabytes of garbage) and cleared after use.
        if (sharedScratch.length < threadsByIndex.size()) {
            sharedScratch = new double[Math.max(threadsByIndex.size(), sharedScratch.length * 2)];
        }
        double[] shared = sharedScratch;
        Holders sharing = new Holders();
        int commonTerm = Math.max(CANDIDATES, threads.size() / COMMON_TERM_SHARE);
        TermVector.Ranked strong = vector.strongestFirst(INDEXED_TERMS, frequencies::term);
        for (int i = 0; i < strong.terms().length; i++) {
            int term = strong.terms()[i];
            Holders holders = term < threadsByTerm.length ? threadsByTerm[term] : null;
            if (holders != null && holders.size <= commonTerm) {
                holders.addInto(shared, strong.weights()[i], sharing);
            }
        }
        for (String name : names) {
            Holders holders = threadsByName.get(name);
            if (holders != null) {
                holders.addInto(shared, SHARED_NAME_WEIGHT, sharing);
            }
        }
        List<ThreadState> ranked = mostShared(sharing, shared, limit);
        for (int i = 0; i < sharing.size; i++) {
            shared[sharing.indexes[i]] = 0;
        }
        return ranked;
    }

    /**
     * The clustered threads among {@code sharing} with the largest sums, at most {@code limit}, the
     * largest first and equal sums by code. The least sum kept is selected among the sums as plain
     * numbers; only the threads that make the cut are compared as objects. A priority queue of
     * threads ordered by a comparator was about a tenth of the placing thread at 100,000 articles,
     * and sorting every sum to read that one (thousands, when a name is shared widely) 4%.
     */
    private List<ThreadState> mostShared(Holders sharing, double[] shared, int limit) {
        int[] clustered = new int[sharing.size];
        // Every sum is positive (weights and the name weight are), and the bits of positive
        // doubles order as the doubles do: selecting the bits selects the sums.
        long[] sumBits = new long[sharing.size];
        int count = 0;
        for (int i = 0; i < sharing.size; i++) {
            int index = sharing.indexes[i];
            if (!threadsByIndex.get(index).declared()) {
                clustered[count] = index;
                sumBits[count++] = Double.doubleToRawLongBits(shared[index]);
            }
        }
        double leastKept = Double.NEGATIVE_INFINITY;
        if (count > limit && limit > 0) {
            leastKept = Double.longBitsToDouble(KeySelection.select(sumBits, count, count - limit));
        }
        List<ThreadState> ranked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (shared[clustered[i]] >= leastKept) {
                ranked.add(threadsByIndex.get(clustered[i]));
            }
        }
        // Threads tied with the least kept sum may be more than the places left: the earlier codes keep them.
        ranked.sort((a, b) -> {
            int byShare = Double.compare(shared[b.index()], shared[a.index()]);
            return byShare != 0 ? byShare : a.code().compareTo(b.code());
        });
        return ranked.size() > limit ? new ArrayList<>(ranked.subList(0, limit)) : ranked;
    }

    private Holders holdersOf(int term) {
        if (term >= threadsByTerm.length) {
            threadsByTerm = Arrays.copyOf(threadsByTerm, Math.max(term + 1, threadsByTerm.length * 2));
        }
        if (threadsByTerm[term] == null) {
            threadsByTerm[term] = new Holders();
        }
        return threadsByTerm[term];
    }

    /** The indexes of the threads an index entry points to, each once. */
    private static final class Holders {
        private int[] indexes = new int[4];
        private int size;

        void add(int index) {
            if (size == indexes.length) {
                indexes = Arrays.copyOf(indexes, size * 2);
            }
            indexes[size++] = index;
        }

        /** Adds a weight to each holder's sum, noting in {@code touched} the holders whose sum was still zero. */
        void addInto(double[] sums, double weight, Holders touched) {
            for (int i = 0; i < size; i++) {
                int index = indexes[i];
                if (sums[index] == 0) {
                    touched.add(index);
                }
                sums[index] += weight;
            }
        }
    }

    /** Records that a development now holds a part, dated or not. */
    void addToDevelopment(DevelopmentState development, ContentSketch sketch, TermVector vector, Set<String> names,
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
        DevelopmentState development = new DevelopmentState(code, thread.code(), frequencies::term);
        developments.put(code, development);
        thread.developmentCodes().add(code);
        return development;
    }

    DevelopmentState restoreDevelopment(String code, ThreadState thread) {
        return developments.computeIfAbsent(code, c -> {
            thread.developmentCodes().add(c);
            return new DevelopmentState(c, thread.code(), frequencies::term);
        });
    }

    List<DevelopmentState> developmentsOf(ThreadState thread) {
        return thread.developmentCodes().stream().map(developments::get).toList();
    }

    /**
     * Drops all but the {@code limit} strongest terms once a sum has grown to twice that, so that
     * pruning costs little per addition.
     */
    private static TermVector pruned(TermVector sum, int limit, IntFunction<String> termOf) {
        return sum.size() > 2 * limit ? sum.strongest(limit, termOf) : sum;
    }

    /** A thread as threading sees it: centroid, names and time span of what it holds. */
    static final class ThreadState {
        private final String code;
        private final String label;
        private final boolean declared;
        private final int index;
        private final IntFunction<String> termOf;
        private TermVector centroid = TermVector.EMPTY;
        /** The terms under which the thread is indexed. */
        private final Set<Integer> indexedTerms = new HashSet<>();
        private final Map<String, Integer> nameCounts = new HashMap<>();
        private final List<String> developmentCodes = new ArrayList<>();
        /** The span of the thread's dated articles in epoch days (compared with every candidate's), empty while it has none. */
        private long firstDay = Long.MAX_VALUE;
        private long lastDay = Long.MIN_VALUE;
        private int articles;

        ThreadState(String code, String label, boolean declared, int index, IntFunction<String> termOf) {
            this.code = code;
            this.label = label;
            this.declared = declared;
            this.index = index;
            this.termOf = termOf;
        }

        int index() {
            return index;
        }

        void add(TermVector vector, Set<String> names, LocalDate date) {
            centroid = pruned(centroid.plus(vector), CENTROID_TERMS, termOf);
            names.forEach(name -> nameCounts.merge(name, 1, Integer::sum));
            if (date != null) {
                firstDay = Math.min(firstDay, date.toEpochDay());
                lastDay = Math.max(lastDay, date.toEpochDay());
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

        double cosine(TermVector vector) {
            return centroid.cosineLookingUp(vector);
        }

        Map<String, Integer> nameCounts() {
            return nameCounts;
        }

        List<String> developmentCodes() {
            return developmentCodes;
        }

        boolean dated() {
            return firstDay <= lastDay;
        }

        long firstDay() {
            return firstDay;
        }

        long lastDay() {
            return lastDay;
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
        private final IntFunction<String> termOf;
        private TermVector termSum = TermVector.EMPTY;
        private final Set<String> names = new HashSet<>();
        private LocalDate earliest;
        private LocalDate latest;

        DevelopmentState(String code, String threadCode, IntFunction<String> termOf) {
            this.code = code;
            this.threadCode = threadCode;
            this.termOf = termOf;
        }

        void add(ContentSketch sketch, TermVector vector, Set<String> partNames, LocalDate from, LocalDate to) {
            sketches.add(sketch);
            if (sketches.size() > DEVELOPMENT_SKETCHES) {
                sketches.remove(0);
            }
            termSum = pruned(termSum.plus(vector), DEVELOPMENT_TERMS, termOf);
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
            termSum = TermVector.EMPTY;
            names.clear();
        }

        /** Cosine similarity of the development's vocabulary with a vector. */
        double cosine(TermVector vector) {
            return termSum.cosine(vector);
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
