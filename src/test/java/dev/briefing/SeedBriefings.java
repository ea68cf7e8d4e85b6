package dev.briefing;

import dev.briefing.article.Article;
import dev.briefing.briefing.BriefingInput;
import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.ingest.InputIssue;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.thread.AssignedPart;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;
import dev.briefing.thread.ThreadAssignment;
import dev.briefing.thread.ThreadAssignments;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Briefing inputs built from articles in memory, threaded as the job would, without a database. */
public final class SeedBriefings {

    public static final ZonedDateTime PRODUCED_AT = ZonedDateTime.parse("2026-11-23T06:00:00Z");

    private SeedBriefings() {
    }

    public static BriefingInput input(List<Article> articles, ThreadProfile profile, List<InputIssue> issues, LocalDate from, LocalDate to) {
        return input(articles, profile, issues, from, to, 0);
    }

    /** @param maxDetailedDevelopments how many developments the briefing details (0: all) */
    public static BriefingInput input(List<Article> articles, ThreadProfile profile, List<InputIssue> issues, LocalDate from, LocalDate to,
            int maxDetailedDevelopments) {
        List<StoredPart> parts = new ArrayList<>();
        List<StoredThread> threads = new ArrayList<>();
        for (ThreadAssignment assignment : ThreadAssignments.inMemory(articles, profile)) {
            assignment.newThreads().forEach(t -> threads.add(new StoredThread(t.code(), t.label(), t.declared(), 1)));
            for (AssignedPart part : assignment.parts()) {
                parts.add(new StoredPart(assignment.articleId(), part.threadCode(), part.developmentCode(), part.role(), part.paragraphs()));
            }
        }
        return new BriefingInput("seeds", 1, articles, ids -> articles.stream().filter(a -> ids.contains(a.id())).toList(), articles.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.of(), java.util.Optional.empty(), parts, threads, profile, issues, from, to, TimeframeUnit.MONTH, PRODUCED_AT,
                maxDetailedDevelopments);
    }

    public static BriefingInput seeds() {
        return input(Seeds.articlesInDateOrder(), Seeds.PROFILE, List.of(), null, null);
    }
}
