package dev.briefing.analyze;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns text into stemmed index terms with the Lucene analyzer of its language (stop words removed,
 * Snowball/Porter stemming), so that "negotiations" and "negotiating" count as one term.
 * Lucene analyzers are thread-safe; one instance serves every step.
 */
public final class TermExtractor implements AutoCloseable {

    private final Map<String, Analyzer> byLanguage = Map.of(
            "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(), "es", new SpanishAnalyzer(),
            "de", new GermanAnalyzer(), "it", new ItalianAnalyzer(), "pt", new PortugueseAnalyzer(),
            "nl", new DutchAnalyzer(), "ar", new ArabicAnalyzer(), "tr", new TurkishAnalyzer(),
            "ru", new RussianAnalyzer());
    private final Analyzer fallback = new StandardAnalyzer();

    /** The analysed terms of {@code text} in order of occurrence. */
    public List<String> terms(String text, String language) {
        List<String> terms = new ArrayList<>();
        Analyzer analyzer = byLanguage.getOrDefault(language, fallback);
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }

    /** How often each term occurs, sorted by term so that stored vectors are deterministic. */
    public Map<String, Integer> termCounts(String text, String language) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String term : terms(text, language)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
        fallback.close();
    }
}
