package dev.briefing.briefing;

import dev.briefing.article.Article;
import dev.briefing.ingest.InputIssue;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a briefing is assembled from: the articles a run read and how threading placed them,
 * what was skipped, and the run's choices (period, timeframe unit, production time).
 *
 * @param jobInstanceId the run the briefing is for
 * @param newArticleIds the articles this run was the first to read
 * @param changedArticleIds the articles read before whose content this run found changed
 * @param previous the briefing before this one on the same collection, if any
 * @param from null when the period is open at the start
 * @param to   null when the period is open at the end
 * @param articles the articles of the run, in full or as {@linkplain Article#outline() outlines}
 * @param texts    the full articles, for those the briefing quotes
 * @param maxDetailedDevelopments how many developments the briefing details at most (see {@link DetailSelection}); 0 for all
 */
public record BriefingInput(
        String collectionName,
        long jobInstanceId,
        List<Article> articles,
        ArticleTexts texts,
        Set<String> newArticleIds,
        Set<String> changedArticleIds,
        Optional<PreviousBriefing> previous,
        List<StoredPart> parts,
        List<StoredThread> threads,
        ThreadProfile profile,
        List<InputIssue> issues,
        LocalDate from,
        LocalDate to,
        TimeframeUnit timeframeUnit,
        ZonedDateTime producedAt,
        int maxDetailedDevelopments) {
}
