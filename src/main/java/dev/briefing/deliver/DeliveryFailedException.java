package dev.briefing.deliver;

/**
 * The deliver step could not deliver to every target. The message names each failed target and
 * why; the briefing's files are untouched, and restarting the run delivers only what is missing.
 */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }
}
