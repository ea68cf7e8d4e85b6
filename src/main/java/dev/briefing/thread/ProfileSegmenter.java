package dev.briefing.thread;

import dev.briefing.analyze.TermExtractor;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.profile.ThreadProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Splits an article into the parts that concern the threads a profile declares. A thread can
 * claim an article only when the article names every party the thread declares (or, without
 * parties, at least one of its names): shared vocabulary alone ("ceasefire", "prisoners") never
 * ties a report on Sudan to the Gaza talks. Each paragraph is then scored against the eligible
 * threads by the keywords, actors and places it shares with them, each cue weighing less the
 * more threads list it. A paragraph stays with the thread of the paragraph before it when it goes
 * on with that report ("The sources explained", "During the meeting", "... said that the meeting
 * discussed"), and otherwise unless another thread outscores the current one by a margin and is
 * backed by a name only that thread lists. A sub-heading may start a new part on any lead.
 */
public final class ProfileSegmenter {

    static final double MIN_SCORE = 1.0;
    static final double SWITCH_MARGIN = 1.5;

    private static final Pattern CONTINUATION = Pattern.compile(
            "(?i)^(?:(?:the|these|those) (?:sources?|informants?|meeting|session|two sides|leader|officials?|spokes(?:man|woman|person)"
                    + "|statement|delegations?|agency)\\b|according to (?:the|these|those) (?:sources?|informants?)"
                    + "|during (?:the|this) (?:meeting|session|talks|visit|call)|it was also|(?:he|she|they) (?:also )?(?:added|said|stressed"
                    + "|noted|explained|pointed out|affirmed|warned|insisted)|in (?:his|her|their) (?:statements?|remarks|speech))");

    /** A reference back to an event the previous paragraph introduced ("the meeting discussed"), not a new one ("the meeting of"). */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)\\bthe (?:meeting|session|visit|call|two sides|talks held)\\b(?!\\s+(?:of|between|in|with|at|on|held)\\b)");

    private final List<DeclaredThread> threads;
    private final TermExtractor termExtractor;
    private final Map<String, Integer> entityListings = new HashMap<>();
    private final Map<String, Map<String, List<List<String>>>> keywordStemsByLanguage = new HashMap<>();

    public ProfileSegmenter(ThreadProfile profile, TermExtractor termExtractor) {
        this.threads = profile.threads();
        this.termExtractor = termExtractor;
        for (DeclaredThread thread : threads) {
            for (String name : entityCues(thread)) {
                entityListings.merge(name, 1, Integer::sum);
            }
        }
    }

    public boolean hasDeclaredThreads() {
        return !threads.isEmpty();
    }

    /** Paragraph indexes per declared thread id, in profile order; empty when no thread matches. */
    public Optional<Map<String, Segment>> segment(List<ParagraphSignals> paragraphs, String language) {
        if (threads.isEmpty()) {
            return Optional.empty();
        }
        Set<String> articleNames = new TreeSet<>();
        paragraphs.forEach(p -> articleNames.addAll(p.names()));
        List<DeclaredThread> eligible = threads.stream().filter(thread -> mayClaim(thread, articleNames)).toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<List<String>>> keywordStems = keywordStems(language);
        Map<String, Integer> keywordListings = keywordListings(keywordStems);
        Map<String, Segment> segments = new LinkedHashMap<>();
        List<ParagraphSignals> pending = new ArrayList<>();
        DeclaredThread current = null;
        for (ParagraphSignals paragraph : paragraphs) {
            Map<DeclaredThread, Double> scores = new LinkedHashMap<>();
            for (DeclaredThread thread : eligible) {
                scores.put(thread, score(paragraph, thread, keywordStems.get(thread.id()), keywordListings));
            }
            DeclaredThread best = best(eligible, scores);
            double bestScore = scores.get(best);
            if (current == null) {
                if (bestScore < MIN_SCORE) {
                    pending.add(paragraph);
                    continue;
                }
                current = best;
                for (ParagraphSignals earlier : pending) {
                    add(segments, current, earlier, 0);
                }
                pending.clear();
            } else if (best != current && bestScore >= MIN_SCORE && !continues(paragraph)) {
                double margin = bestScore - scores.get(current);
                boolean headingLead = paragraph.heading() && margin > 0;
                boolean clearLead = margin >= SWITCH_MARGIN && hasExclusiveName(paragraph, best);
                if (headingLead || clearLead) {
                    current = best;
                }
            }
            add(segments, current, paragraph, scores.get(current));
        }
        return current == null ? Optional.empty() : Optional.of(segments);
    }

    /** The paragraphs of one article that concern one declared thread, and how strongly. */
    public record Segment(List<Integer> paragraphs, int words, double score) {

        Segment plus(ParagraphSignals paragraph, double paragraphScore) {
            List<Integer> indexes = new ArrayList<>(paragraphs);
            if (!paragraph.isTitle()) {
                indexes.add(paragraph.index());
            }
            return new Segment(List.copyOf(indexes), words + paragraph.words(), score + paragraphScore);
        }
    }

    private static void add(Map<String, Segment> segments, DeclaredThread thread, ParagraphSignals paragraph, double score) {
        segments.merge(thread.id(), new Segment(List.of(), 0, 0).plus(paragraph, score),
                (existing, added) -> existing.plus(paragraph, score));
    }

    /** Whether an article naming these actors and places can belong to the thread at all. */
    private static boolean mayClaim(DeclaredThread thread, Set<String> articleNames) {
        if (!thread.parties().isEmpty()) {
            return articleNames.containsAll(thread.parties());
        }
        return entityCues(thread).stream().anyMatch(articleNames::contains);
    }

    private static DeclaredThread best(List<DeclaredThread> eligible, Map<DeclaredThread, Double> scores) {
        DeclaredThread best = eligible.get(0);
        for (DeclaredThread thread : eligible) {
            if (scores.get(thread) > scores.get(best)) {
                best = thread;
            }
        }
        return best;
    }

    /** The paragraph goes on reporting what the one before it began: it opens so, or refers back in its first sentence. */
    private static boolean continues(ParagraphSignals paragraph) {
        if (paragraph.heading()) {
            return false;
        }
        if (CONTINUATION.matcher(paragraph.text()).lookingAt()) {
            return true;
        }
        List<String> sentences = dev.briefing.analyze.Sentences.split(paragraph.text());
        return !sentences.isEmpty() && BACK_REFERENCE.matcher(sentences.get(0)).find();
    }

    private boolean hasExclusiveName(ParagraphSignals paragraph, DeclaredThread thread) {
        return entityCues(thread).stream().anyMatch(name -> paragraph.names().contains(name) && entityListings.get(name) == 1);
    }

    private double score(ParagraphSignals paragraph, DeclaredThread thread, List<List<String>> stems, Map<String, Integer> keywordListings) {
        double score = 0;
        for (String name : entityCues(thread)) {
            if (paragraph.names().contains(name)) {
                score += 1.0 / entityListings.get(name);
            }
        }
        for (List<String> keyword : stems) {
            if (containsSequence(paragraph.terms(), keyword)) {
                score += 1.0 / keywordListings.get(String.join(" ", keyword));
            }
        }
        return score;
    }

    /**
     * The names that speak for a thread. Its parties are not among them unless also listed as
     * actors: they decide whether an article can belong to the thread at all, but a war's sides
     * are named by every thread about that war and tell them apart no better than its keywords.
     */
    private static Set<String> entityCues(DeclaredThread thread) {
        Set<String> names = new TreeSet<>(thread.actors());
        names.addAll(thread.places());
        return names;
    }

    private Map<String, List<List<String>>> keywordStems(String language) {
        return keywordStemsByLanguage.computeIfAbsent(language, lang -> {
            Map<String, List<List<String>>> byThread = new HashMap<>();
            for (DeclaredThread thread : threads) {
                List<List<String>> stems = new ArrayList<>();
                for (String keyword : thread.keywords()) {
                    List<String> terms = termExtractor.terms(keyword, lang);
                    if (!terms.isEmpty() && !stems.contains(terms)) {
                        stems.add(terms);
                    }
                }
                byThread.put(thread.id(), stems);
            }
            return byThread;
        });
    }

    private static Map<String, Integer> keywordListings(Map<String, List<List<String>>> stems) {
        Map<String, Integer> listings = new HashMap<>();
        for (List<List<String>> keywords : stems.values()) {
            for (List<String> keyword : keywords) {
                listings.merge(String.join(" ", keyword), 1, Integer::sum);
            }
        }
        return listings;
    }

    private static boolean containsSequence(List<String> terms, List<String> sequence) {
        outer:
        for (int start = 0; start + sequence.size() <= terms.size(); start++) {
            for (int i = 0; i < sequence.size(); i++) {
                if (!terms.get(start + i).equals(sequence.get(i))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
