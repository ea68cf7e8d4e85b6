package dev.briefing.thread;

import java.util.List;

/**
 * An article made ready for placing: its paragraph signals (the title first, when it has one),
 * the content of the part it makes when it falls whole into one thread, and the term counts
 * placing weighs (the article's, the whole part's, each paragraph's), looked up in the vocabulary.
 *
 * @param paragraphTerms each paragraph's term counts, in the order of {@code paragraphs}
 */
public record PreparedArticle(List<ParagraphSignals> paragraphs, PartContent whole, CountedTerms articleTerms,
        CountedTerms wholeTerms, List<CountedTerms> paragraphTerms) {

    public PreparedArticle {
        paragraphs = List.copyOf(paragraphs);
        paragraphTerms = List.copyOf(paragraphTerms);
    }
}
