package dev.briefing.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One canonical name and the spellings that mean it.
 *
 * @param standsFor   for a capital city, the state that news text means by it ("Doha's mediation")
 * @param affiliation for a person, the state or organisation they speak for
 */
public record GazetteerEntry(String name, EntityType type, List<String> aliases, String standsFor, String affiliation) {

    public GazetteerEntry {
        Objects.requireNonNull(name, "gazetteer entry without a name");
        Objects.requireNonNull(type, "gazetteer entry '" + name + "' without a type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
