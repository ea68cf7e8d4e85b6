package dev.briefing.analyze;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** What a gazetteer name denotes. Media are recognised so that they are never taken for actors. */
public enum EntityType {
    STATE, ORGANISATION, PERSON, MEDIA, PLACE;

    @JsonCreator
    public static EntityType parse(String value) {
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        return "ORGANIZATION".equals(normalised) ? ORGANISATION : valueOf(normalised);
    }

    public boolean isActor() {
        return this == STATE || this == ORGANISATION || this == PERSON;
    }
}
