package dev.briefing.ingest;

import dev.briefing.article.SourceRef;

/**
 * An input (a file, or one record of a file) that cannot become an article. Thrown by the reader
 * and the analyzer, skipped by the ingest step's skip policy and recorded with its reason, so the
 * run goes on and nothing is lost silently.
 */
public class SkippedInputException extends RuntimeException {

    private final transient SourceRef source;
    private final String reason;

    public SkippedInputException(SourceRef source, String reason) {
        super(source.display() + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public SourceRef source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
