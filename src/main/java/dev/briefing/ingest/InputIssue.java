package dev.briefing.ingest;

/**
 * An input that was skipped (no article stored) or degraded (stored after a repair, such as a
 * charset fallback or an ignored implausible date), with the reason a user can act on.
 */
public record InputIssue(String sourceKey, Severity severity, String reason) {

    public enum Severity { SKIPPED, DEGRADED }
}
