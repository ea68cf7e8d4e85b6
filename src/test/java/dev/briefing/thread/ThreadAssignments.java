package dev.briefing.thread;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.profile.ThreadProfile;

import java.util.List;

/** Threads articles in memory with a fresh state, as the thread step would on an empty database. */
public final class ThreadAssignments {

    private ThreadAssignments() {
    }

    public static List<ThreadAssignment> inMemory(List<Article> articlesInDateOrder, ThreadProfile profile) {
        ThreadAssigner assigner = new ThreadAssigner(new ThreadingState(), profile, new SignalExtractor(Seeds.TERMS, Seeds.ENTITIES),
                Seeds.TERMS, Seeds.FINGERPRINTER, Seeds.GAZETTEER);
        return articlesInDateOrder.stream().map(article -> assigner.assign(1, article)).toList();
    }
}
