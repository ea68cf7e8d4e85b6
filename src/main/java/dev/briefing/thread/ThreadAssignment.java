package dev.briefing.thread;

import java.util.List;

/**
 * What threading decided for one article: its parts, and the threads and developments that had
 * to be created for them.
 */
public record ThreadAssignment(
        String articleId,
        long collectionId,
        List<NewThread> newThreads,
        List<String> newDevelopments,
        List<AssignedPart> parts) {

    public ThreadAssignment {
        newThreads = List.copyOf(newThreads);
        newDevelopments = List.copyOf(newDevelopments);
        parts = List.copyOf(parts);
    }

    public record NewThread(String code, String label, boolean declared) {
    }
}
