package dev.briefing.thread;

import dev.briefing.article.ContentSketch;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of an article assigned to one thread and one development of it.
 *
 * @param paragraphs indexes of the article's body paragraphs that make up the part
 */
public record AssignedPart(
        String threadCode,
        String developmentCode,
        PartRole role,
        List<Integer> paragraphs,
        int words,
        ContentSketch sketch,
        Map<String, Integer> terms,
        Set<String> names) {

    public AssignedPart {
        paragraphs = List.copyOf(paragraphs);
        terms = Map.copyOf(terms);
        names = Set.copyOf(names);
    }
}
