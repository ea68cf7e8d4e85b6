package dev.briefing.thread;

/** How an article belongs to a thread: it is held there, or shown there for one part of it. */
public enum PartRole {
    MAIN, CROSS_REFERENCE
}
