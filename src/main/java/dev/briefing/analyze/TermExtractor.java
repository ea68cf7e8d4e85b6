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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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

    /**
     * A term as it stands in the text: its stem, the word it was stemmed from, and whether it
     * directly follows the previous term (no stop word or punctuation removed in between).
     */
    public record Token(String term, String word, boolean adjacent) {
    }

    /** The analysed terms of {@code text} with the words they come from, for readable labels. */
    public List<Token> tokens(String text, String language) {
        List<Token> tokens = new ArrayList<>();
        Analyzer analyzer = byLanguage.getOrDefault(language, fallback);
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int lastEnd = -1;
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    boolean adjacent = lastEnd >= 0 && increment.getPositionIncrement() == 1 && blank(text, lastEnd, offset.startOffset());
                    tokens.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset()), adjacent));
                    lastEnd = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return tokens;
    }

    /** Whether only white space lies between the two offsets, as {@code String.isBlank} tells, without copying it out. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isWhitespace(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
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
