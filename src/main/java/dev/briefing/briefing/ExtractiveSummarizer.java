package dev.briefing.briefing;

import dev.briefing.analyze.Sentences;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.analyze.TermVectors;
import dev.briefing.briefing.BriefingModel.SummarySentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses a few sentences, verbatim, from the reports of one development: those closest to what
 * the reports share (TF-IDF centroid), favouring leads, without saying the same thing twice. Each
 * sentence names the article it is quoted from and the other reports that make the same
 * statement in their own words, so that each line is traceable to every article that says it.
 */
final class ExtractiveSummarizer {

    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 70;
    /** Two sentences sharing this share of their terms say the same thing. */
    static final double SAME_STATEMENT = 0.5;

    private final TermExtractor termExtractor;

    ExtractiveSummarizer(TermExtractor termExtractor) {
        this.termExtractor = termExtractor;
    }

    /** The text of one report of a development: its source number and the paragraphs that concern it. */
    record Report(int source, String language, List<String> paragraphs) {
    }

    private record Candidate(int source, int position, String text, Map<String, Integer> terms) {
    }

    List<SummarySentence> summarize(List<Report> reports, int maxSentences) {
        List<Candidate> candidates = candidates(reports);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Double> idf = inverseFrequencies(candidates);
        Map<String, Double> centroid = new HashMap<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Map<String, Double> vector = weighted(candidate.terms(), idf);
            vectors.add(vector);
            TermVectors.addInto(centroid, vector);
        }
        List<Integer> order = new ArrayList<>();
        Map<Integer, Double> scores = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            double lead = 0.2 / (1 + candidate.position());
            scores.put(i, TermVectors.cosine(vectors.get(i), centroid) + lead);
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(scores::get).reversed()
                .thenComparing(i -> candidates.get(i).source())
                .thenComparing(i -> candidates.get(i).position()));

        List<Integer> chosen = new ArrayList<>();
        for (int index : order) {
            if (chosen.size() == maxSentences) {
                break;
            }
            boolean repeats = chosen.stream().anyMatch(c -> overlap(candidates.get(c), candidates.get(index)) >= SAME_STATEMENT);
            if (!repeats) {
                chosen.add(index);
            }
        }
        chosen.sort(Comparator.<Integer>comparingInt(i -> reports.stream().map(Report::source).toList().indexOf(candidates.get(i).source()))
                .thenComparingInt(i -> candidates.get(i).position()));
        List<SummarySentence> summary = new ArrayList<>();
        for (int index : chosen) {
            Candidate sentence = candidates.get(index);
            Set<Integer> corroborating = new TreeSet<>();
            for (Candidate other : candidates) {
                if (other.source() != sentence.source() && overlap(sentence, other) >= SAME_STATEMENT) {
                    corroborating.add(other.source());
                }
            }
            String language = reports.stream().filter(r -> r.source() == sentence.source()).findFirst().map(Report::language).orElse("und");
            summary.add(new SummarySentence(sentence.text(), sentence.source(), List.copyOf(corroborating), language, direction(language)));
        }
        return summary;
    }

    /** The writing direction of a language: Arabic, Hebrew, Persian and Urdu read right to left. */
    static String direction(String language) {
        return switch (language) {
            case "ar", "he", "fa", "ur", "yi", "ps" -> "rtl";
            default -> "ltr";
        };
    }

    private List<Candidate> candidates(List<Report> reports) {
        List<Candidate> candidates = new ArrayList<>();
        for (Report report : reports) {
            int position = 0;
            for (String paragraph : report.paragraphs()) {
                for (String sentence : Sentences.split(paragraph)) {
                    int words = Sentences.wordCount(sentence);
                    if (words >= MIN_WORDS && words <= MAX_WORDS && !sentence.endsWith("?")) {
                        candidates.add(new Candidate(report.source(), position,
                                sentence, termExtractor.termCounts(sentence, report.language())));
                    }
                    position++;
                }
            }
        }
        return candidates;
    }

    private static Map<String, Double> inverseFrequencies(List<Candidate> candidates) {
        Map<String, Integer> frequencies = new HashMap<>();
        candidates.forEach(c -> c.terms().keySet().forEach(t -> frequencies.merge(t, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        frequencies.forEach((term, df) -> idf.put(term, Math.log((candidates.size() + 1.0) / (df + 1.0)) + 1));
        return idf;
    }

    private static Map<String, Double> weighted(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, count) -> vector.put(term, (1 + Math.log(count)) * idf.get(term)));
        return vector;
    }

    /** Share of the smaller sentence's terms that the other sentence also has. */
    private static double overlap(Candidate a, Candidate b) {
        Set<String> shared = new HashSet<>(a.terms().keySet());
        shared.retainAll(b.terms().keySet());
        int smaller = Math.min(a.terms().size(), b.terms().size());
        return smaller == 0 ? 0 : (double) shared.size() / smaller;
    }
}
