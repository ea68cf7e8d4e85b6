package dev.briefing.thread;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.article.ContentSketch;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a part of an article (some of its paragraphs) says: the sketch of its wording, its terms
 * and the names it mentions.
 */
record PartContent(ContentSketch sketch, SortedMap<String, Integer> terms, SortedSet<String> names) {

    PartContent {
        terms = Collections.unmodifiableSortedMap(terms);
        names = Collections.unmodifiableSortedSet(names);
    }

    static PartContent of(List<ParagraphSignals> members, ContentFingerprinter fingerprinter) {
        String text = members.stream().map(ParagraphSignals::text).collect(Collectors.joining("\n\n"));
        SortedSet<String> names = new TreeSet<>();
        members.forEach(p -> names.addAll(p.names()));
        // The paragraphs' own terms, added up: the same as analysing the joined text again, at no cost.
        SortedMap<String, Integer> terms = new TreeMap<>();
        members.forEach(p -> p.terms().forEach(term -> terms.merge(term, 1, Integer::sum)));
        return new PartContent(fingerprinter.sketch(text), terms, names);
    }
}
