package dev.briefing.article;

/** A date notation found in one place (metadata, dateline, file name ...), not yet checked. */
public record DateCandidate(String value, DateSource source) {
}
