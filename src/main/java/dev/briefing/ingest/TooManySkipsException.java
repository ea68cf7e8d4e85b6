package dev.briefing.ingest;

/** The run's unusable inputs are more than it may skip; the message says how many and which setting allows more. */
public class TooManySkipsException extends RuntimeException {

    public TooManySkipsException(String message) {
        super(message);
    }
}
