package dev.briefing.profile;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation thread a user declares in a thread profile: articles whose paragraphs match its
 * keywords, actors and places are assigned to it instead of being clustered.
 *
 * @param id             stable identifier used in the database and exports (letters, digits, dashes)
 * @param parties        the sides negotiating: an article must name them all to belong here; never counted as mediators
 * @param stickingPoints what this negotiation stalls on, for the briefing's list of sticking points
 */
public record DeclaredThread(
        String id,
        String name,
        List<String> keywords,
        List<String> actors,
        List<String> places,
        List<String> parties,
        List<StickingPointDefinition> stickingPoints) {

    public DeclaredThread {
        Objects.requireNonNull(id, "a declared thread needs an id");
        Objects.requireNonNull(name, "declared thread '" + id + "' needs a name");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException("thread id '" + id + "' must be lower-case letters, digits and dashes");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        parties = parties == null ? List.of() : List.copyOf(parties);
        stickingPoints = stickingPoints == null ? List.of() : List.copyOf(stickingPoints);
    }
}
