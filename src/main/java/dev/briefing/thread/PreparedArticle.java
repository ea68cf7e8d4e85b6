package dev.briefing.thread;

import java.util.List;
import java.util.Map;

/**
 * An article made ready for placing: its paragraph signals (the title first, when it has one),
 * the content of the part it makes when it falls whole into one thread, and the term counts
 * placing weighs (the article's, the whole part's, some paragraphs'), looked up in the vocabulary.
 *
 * @param paragraphTerms the term counts of the paragraphs a cross-reference search may compare, by paragraph index
 */
public record PreparedArticle(List<ParagraphSignals> paragraphs, PartContent whole, CountedTerms articleTerms,
        CountedTerms wholeTerms, Map<Integer, CountedTerms> paragraphTerms) {

    public PreparedArticle {
        paragraphs = List.copyOf(paragraphs);
        paragraphTerms = Map.copyOf(paragraphTerms);
    }
}
