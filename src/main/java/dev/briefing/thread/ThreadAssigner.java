package dev.briefing.thread;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.PublicationDate;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.thread.ProfileSegmenter.Segment;
import dev.briefing.thread.ThreadingState.DevelopmentState;
import dev.briefing.thread.ThreadingState.ThreadState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Places one article: splits it into the parts that concern declared threads (or clusters it when
 * no declared thread claims it), chooses its main thread, keeps the other substantial parts as
 * cross-references, and puts every part into an existing or new development of its thread.
 * Articles must arrive in date order (undated last) for the online decisions to be stable.
 */
public final class ThreadAssigner {

    /** A part of an article becomes a cross-reference only when it says enough about the other thread. */
    static final double CROSS_REFERENCE_MIN_SCORE = 2.0;
    static final int CROSS_REFERENCE_MIN_WORDS = 25;
    /** Without a profile, a paragraph points to another thread only when clearly closer to it. */
    static final double CROSS_REFERENCE_SIMILARITY = 0.3;
    static final double CROSS_REFERENCE_MARGIN = 0.15;
    static final int CROSS_REFERENCE_MIN_PARAGRAPH_WORDS = 12;
    /** A paragraph is compared with fewer threads than a whole article: the few it shares most with. */
    static final int PARAGRAPH_CANDIDATES = 10;

    private final ThreadingState state;
    private final ProfileSegmenter segmenter;
    private final Map<String, DeclaredThread> declaredThreads = new LinkedHashMap<>();
    private final SignalExtractor signalExtractor;
    private final ContentFingerprinter fingerprinter;
    private final ThreadClusterer clusterer = new ThreadClusterer();
    private final DevelopmentMatcher developmentMatcher = new DevelopmentMatcher();
    private final ThreadLabeller labeller;
    private final Set<String> newClusters = new java.util.TreeSet<>();

    ThreadAssigner(ThreadingState state, ThreadProfile profile, SignalExtractor signalExtractor,
            TermExtractor termExtractor, ContentFingerprinter fingerprinter, Gazetteer gazetteer) {
        this.state = state;
        this.labeller = new ThreadLabeller(termExtractor, gazetteer);
        this.segmenter = new ProfileSegmenter(profile, termExtractor);
        profile.threads().forEach(thread -> declaredThreads.put(thread.id(), thread));
        this.signalExtractor = signalExtractor;
        this.fingerprinter = fingerprinter;
    }

    public ThreadAssignment assign(long collectionId, Article article) {
        return assign(collectionId, article, prepare(article));
    }

    /**
     * What placing an article needs that depends on the article alone: its paragraph signals, the
     * content of the part it makes when it falls whole into one thread (as most articles do), and
     * its term counts with the ids the vocabulary has for them so far. Changes no threading state
     * and reads only the vocabulary's ids, so it may run on another thread, ahead of the placing.
     */
    public PreparedArticle prepare(Article article) {
        List<ParagraphSignals> paragraphs = signalExtractor.signals(article);
        PartContent whole = PartContent.of(paragraphs, fingerprinter);
        DocumentFrequencies vocabulary = state.frequencies();
        // Only the paragraphs a cross-reference search may compare: the preparing thread is busy enough.
        Map<Integer, CountedTerms> paragraphTerms = new HashMap<>();
        paragraphs.stream().filter(ThreadAssigner::mayBeCrossReference)
                .forEach(p -> paragraphTerms.put(p.index(), vocabulary.lookedUp(termCounts(p))));
        return new PreparedArticle(paragraphs, whole, vocabulary.lookedUp(article.terms()), vocabulary.lookedUp(whole.terms()),
                paragraphTerms);
    }

    /** Whether a paragraph says enough on its own to be compared with other threads than its article's. */
    private static boolean mayBeCrossReference(ParagraphSignals paragraph) {
        return !paragraph.isTitle() && !paragraph.heading() && paragraph.words() >= CROSS_REFERENCE_MIN_PARAGRAPH_WORDS;
    }

    /**
     * A paragraph's term counts. A hash map: its order is the order new terms get ids in, and so
     * the order of the sums in every later comparison; changing it would change results by ulps.
     */
    private static Map<String, Integer> termCounts(ParagraphSignals paragraph) {
        Map<String, Integer> counts = new HashMap<>();
        paragraph.terms().forEach(term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }

    /** Places an article {@linkplain #prepare prepared} ahead. */
    public ThreadAssignment assign(long collectionId, Article article, PreparedArticle prepared) {
        List<ParagraphSignals> paragraphs = prepared.paragraphs();
        Set<String> names = new TreeSet<>();
        paragraphs.forEach(p -> names.addAll(p.names()));
        TermVector vector = state.frequencies().addAndWeigh(prepared.articleTerms());
        PublicationDate date = article.date();
        LocalDate bestDate = date.isDated() ? date.date() : null;
        if (bestDate != null) {
            state.passDate(bestDate);
        }

        List<ThreadAssignment.NewThread> newThreads = new ArrayList<>();
        List<String> newDevelopments = new ArrayList<>();
        List<AssignedPart> parts = new ArrayList<>();
        for (PlannedPart planned : plan(article, prepared, vector, names, bestDate)) {
            ThreadState thread = state.thread(planned.threadCode()).orElseGet(() -> {
                newThreads.add(new ThreadAssignment.NewThread(planned.threadCode(), planned.label(), planned.declared()));
                if (!planned.declared()) {
                    newClusters.add(planned.threadCode());
                }
                return state.addThread(planned.threadCode(), planned.label(), planned.declared());
            });
            if (planned.role() == PartRole.MAIN) {
                state.addToThread(thread, vector, names, bestDate);
            }
            List<ParagraphSignals> members = paragraphs.stream()
                    .filter(p -> planned.paragraphs().contains(p.index()) || (p.isTitle() && planned.role() == PartRole.MAIN))
                    .toList();
            boolean whole = members.size() == paragraphs.size();
            PartContent content = whole ? prepared.whole() : PartContent.of(members, fingerprinter);
            SortedSet<String> partNames = content.names();
            SortedMap<String, Integer> partTerms = content.terms();
            TermVector partVector = whole ? state.frequencies().tfidf(prepared.wholeTerms()) : state.frequencies().tfidf(partTerms);
            DevelopmentMatcher.PartSignals signals = new DevelopmentMatcher.PartSignals(content.sketch(), partVector, partNames,
                    date.isDated() ? date.earliest() : null, date.isDated() ? date.latest() : null);
            DevelopmentState development = developmentMatcher.match(state.developmentsOf(thread), signals).orElseGet(() -> {
                DevelopmentState created = state.addDevelopment(thread);
                newDevelopments.add(created.code());
                return created;
            });
            state.addToDevelopment(development, signals.sketch(), signals.vector(), partNames, signals.earliest(), signals.latest());
            int words = members.stream().filter(p -> !p.isTitle()).mapToInt(ParagraphSignals::words).sum();
            parts.add(new AssignedPart(thread.code(), development.code(), planned.role(), planned.paragraphs(), words,
                    signals.sketch(), partTerms, partNames));
        }
        return new ThreadAssignment(article.id(), collectionId, newThreads, newDevelopments, parts);
    }

    /**
     * Labels for the threads clustering created since this assigner started, from the articles they
     * now hold: a label chosen from its first article alone would describe that article, not the
     * thread. Threads from earlier runs keep the label they were given. Threads are labelled side by
     * side (each on its own, reading only the finished state): an archive's thousands of new threads
     * took 44 s one after the other.
     *
     * @param membersOf the articles a thread holds (a bounded sample is enough); called from several threads
     */
    public Map<String, String> labelsOfNewClusters(java.util.function.Function<String, List<Article>> membersOf) {
        Map<String, String> labels = new java.util.concurrent.ConcurrentSkipListMap<>();
        newClusters.parallelStream().forEach(code -> {
            List<Article> members = membersOf.apply(code);
            if (!members.isEmpty()) {
                labels.put(code, labeller.label(members, state.frequencies()));
            }
        });
        return labels;
    }

    /** A part before it is placed in a development. */
    private record PlannedPart(String threadCode, String label, boolean declared, PartRole role, List<Integer> paragraphs) {
    }

    private List<PlannedPart> plan(Article article, PreparedArticle prepared, TermVector vector, Set<String> names,
            LocalDate date) {
        List<ParagraphSignals> paragraphs = prepared.paragraphs();
        var segments = segmenter.segment(paragraphs, article.language());
        if (segments.isPresent()) {
            return declaredParts(segments.get());
        }
        Optional<ThreadState> joined = clusterer.bestThread(state, vector, names, date);
        String code = joined.map(ThreadState::code).orElseGet(state::nextClusteredThreadCode);
        String label = joined.map(ThreadState::label).orElseGet(() -> labeller.label(List.of(article), state.frequencies()));
        Map<String, List<Integer>> crossReferences = clusteredCrossReferences(prepared, joined, vector, code);
        Set<Integer> elsewhere = new java.util.HashSet<>();
        crossReferences.values().forEach(elsewhere::addAll);
        List<Integer> main = paragraphs.stream().filter(p -> !p.isTitle() && !elsewhere.contains(p.index()))
                .map(ParagraphSignals::index).toList();
        List<PlannedPart> parts = new ArrayList<>();
        parts.add(new PlannedPart(code, label, false, PartRole.MAIN, main));
        crossReferences.forEach((other, indexes) -> parts.add(
                new PlannedPart(other, state.thread(other).orElseThrow().label(), false, PartRole.CROSS_REFERENCE, indexes)));
        return parts;
    }

    /**
     * Without a profile, the paragraphs of an article that are much closer to another existing
     * thread than to the one the article joins become a cross-reference there, when together they
     * say enough (and are not most of the article, which would then belong there).
     */
    private Map<String, List<Integer>> clusteredCrossReferences(PreparedArticle prepared, Optional<ThreadState> joined,
            TermVector articleVector, String mainCode) {
        Map<String, List<ParagraphSignals>> byThread = new java.util.TreeMap<>();
        int articleWords = 0;
        for (ParagraphSignals paragraph : prepared.paragraphs()) {
            articleWords += paragraph.isTitle() ? 0 : paragraph.words();
            if (!mayBeCrossReference(paragraph)) {
                continue;
            }
            TermVector paragraphVector = state.frequencies().tfidf(prepared.paragraphTerms().get(paragraph.index()));
            double own = joined.map(main -> main.cosine(paragraphVector)).orElseGet(() -> paragraphVector.cosine(articleVector));
            ThreadState best = null;
            double bestSimilarity = 0;
            for (ThreadState other : state.candidateThreads(paragraphVector, paragraph.names(), PARAGRAPH_CANDIDATES)) {
                double similarity = other.cosine(paragraphVector);
                if (!other.code().equals(mainCode) && similarity > bestSimilarity) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
            if (best != null && bestSimilarity >= CROSS_REFERENCE_SIMILARITY && bestSimilarity >= own + CROSS_REFERENCE_MARGIN) {
                byThread.computeIfAbsent(best.code(), code -> new ArrayList<>()).add(paragraph);
            }
        }
        Map<String, List<Integer>> crossReferences = new java.util.TreeMap<>();
        for (Map.Entry<String, List<ParagraphSignals>> entry : byThread.entrySet()) {
            int words = entry.getValue().stream().mapToInt(ParagraphSignals::words).sum();
            if (words >= CROSS_REFERENCE_MIN_WORDS && words * 2 < articleWords) {
                crossReferences.put(entry.getKey(), entry.getValue().stream().map(ParagraphSignals::index).toList());
            }
        }
        return crossReferences;
    }

    private List<PlannedPart> declaredParts(Map<String, Segment> segments) {
        List<String> profileOrder = new ArrayList<>(declaredThreads.keySet());
        String main = segments.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Segment>>comparingInt(e -> e.getValue().words())
                        .thenComparing(e -> -profileOrder.indexOf(e.getKey())))
                .orElseThrow().getKey();
        Map<String, List<Integer>> paragraphsByThread = new HashMap<>();
        List<Integer> mainParagraphs = new ArrayList<>(segments.get(main).paragraphs());
        for (Map.Entry<String, Segment> entry : segments.entrySet()) {
            Segment segment = entry.getValue();
            if (entry.getKey().equals(main)) {
                continue;
            }
            if (segment.score() >= CROSS_REFERENCE_MIN_SCORE && segment.words() >= CROSS_REFERENCE_MIN_WORDS) {
                paragraphsByThread.put(entry.getKey(), segment.paragraphs());
            } else {
                mainParagraphs.addAll(segment.paragraphs());
            }
        }
        mainParagraphs.sort(Comparator.naturalOrder());
        List<PlannedPart> parts = new ArrayList<>();
        parts.add(declaredPart(main, PartRole.MAIN, mainParagraphs));
        profileOrder.stream().filter(paragraphsByThread::containsKey)
                .forEach(code -> parts.add(declaredPart(code, PartRole.CROSS_REFERENCE, paragraphsByThread.get(code))));
        return parts;
    }

    private PlannedPart declaredPart(String code, PartRole role, List<Integer> paragraphs) {
        return new PlannedPart(code, declaredThreads.get(code).name(), true, role, paragraphs);
    }
}
