package dev.briefing.thread;

import dev.briefing.article.ContentSketch;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of an article assigned to one thread and one development of it.
 *
 * @param paragraphs indexes of the article's body paragraphs that make up the part
 * @param terms      the part's term counts, sorted by term as they are stored
 * @param names      the names the part mentions, sorted as they are stored
 */
public record AssignedPart(
        String threadCode,
        String developmentCode,
        PartRole role,
        List<Integer> paragraphs,
        int words,
        ContentSketch sketch,
        SortedMap<String, Integer> terms,
        SortedSet<String> names) {

    public AssignedPart {
        paragraphs = List.copyOf(paragraphs);
        // Copied from sorted collections, in linear time; they stay sorted so that the store need
        // not sort them again (copying them into tree maps was a twentieth of placing at 100k).
        terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}
