package dev.briefing.article;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Named actors (people, organisations, states), places and the mediators of a negotiation, each
 * normalised to one canonical gazetteer name and kept sorted so that output is deterministic.
 */
public record Entities(List<String> actors, List<String> places, List<String> mediators) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        actors = sortedCopy(actors);
        places = sortedCopy(places);
        mediators = sortedCopy(mediators);
    }

    private static List<String> sortedCopy(List<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }

    /** Actors and places together: the names two reports of one event tend to share. */
    public Set<String> allNames() {
        Set<String> names = new TreeSet<>(actors);
        names.addAll(places);
        return names;
    }
}
