package dev.briefing.briefing;

import java.util.Locale;

/** How developments are grouped in time inside a thread. */
public enum TimeframeUnit {
    DAY, WEEK, MONTH,
    /** Rounds of coverage, split where reporting pauses. */
    AUTO;

    public static TimeframeUnit parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("timeframe unit '" + value + "' is not one of day, week, month, auto", e);
        }
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
