package dev.briefing.thread;

import java.util.List;

/**
 * An article made ready for placing: its paragraph signals (the title first, when it has one) and
 * the content of the part it makes when it falls whole into one thread.
 */
public record PreparedArticle(List<ParagraphSignals> paragraphs, PartContent whole) {

    public PreparedArticle {
        paragraphs = List.copyOf(paragraphs);
    }
}
