package dev.briefing.deliver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one channel did in one execution of the deliver step.
 *
 * @param summary  one line for the step's exit description ("emailed 2 of 3 recipients; 1 failed: …")
 * @param failures each target that was not delivered, with why (free of credentials)
 */
public record DeliveryOutcome(String summary, Map<String, String> failures) {

    public DeliveryOutcome {
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    public boolean failed() {
        return !failures.isEmpty();
    }
}
