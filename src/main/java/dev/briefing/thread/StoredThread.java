package dev.briefing.thread;

/** A thread as stored: its stable code, label, origin, and the run that created it. */
public record StoredThread(String code, String label, boolean declared, long createdByInstance) {
}
