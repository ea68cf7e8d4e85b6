package dev.briefing.profile;

import java.util.List;
import java.util.Objects;

/**
 * A point negotiations stall on, and the phrases that name it in coverage ("Philadelphi",
 * "Netzarim" for the corridors). Declared per thread in a profile; a shipped generic list serves
 * threads that declare none.
 */
public record StickingPointDefinition(String name, List<String> phrases) {

    public StickingPointDefinition {
        Objects.requireNonNull(name, "a sticking point needs a name");
        phrases = phrases == null || phrases.isEmpty() ? List.of(name) : List.copyOf(phrases);
    }
}
