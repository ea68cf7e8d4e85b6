package dev.briefing.thread;

import java.util.List;

/**
 * The part of an article assigned to one thread and one development of it.
 *
 * @param paragraphs indexes of the article's body paragraphs that make up the part
 * @param signals    the part's sketch, term counts and names, encoded as they are stored
 */
public record AssignedPart(
        String threadCode,
        String developmentCode,
        PartRole role,
        List<Integer> paragraphs,
        int words,
        EncodedSignals signals) {

    public AssignedPart {
        paragraphs = List.copyOf(paragraphs);
    }
}
