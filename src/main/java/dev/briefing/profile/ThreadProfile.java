package dev.briefing.profile;


import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user declares about the subject of a collection: the negotiation threads to follow and
 * the anchor dates that durations in undated articles are counted from. Optional: without a
 * profile, threads are found by clustering and no date is estimated from durations.
 *
 * @param title the briefing's title for this subject, or null for a title naming the input folder
 */
public record ThreadProfile(String title, List<AnchorDate> anchors, List<DeclaredThread> threads) {

    public static final ThreadProfile EMPTY = new ThreadProfile(null, List.of(), List.of());

    public ThreadProfile {
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        threads = threads == null ? List.of() : List.copyOf(threads);
        Set<String> ids = new HashSet<>();
        for (DeclaredThread thread : threads) {
            if (!ids.add(thread.id())) {
                throw new IllegalArgumentException("thread id '" + thread.id() + "' is declared twice");
            }
        }
    }

    public boolean isEmpty() {
        return title == null && anchors.isEmpty() && threads.isEmpty();
    }
}
