package dev.briefing.briefing;

import dev.briefing.article.DateStatus;
import dev.briefing.thread.PartRole;

import java.time.LocalDate;
import java.util.List;

/**
 * The data model a briefing template receives (documented in README, "Writing your own
 * template"). Every text comes from the articles or their metadata; nothing here is invented.
 */
public final class BriefingModel {

    private BriefingModel() {
    }

    /**
     * @param collection   the name of the input folder
     * @param producedAt   when the briefing was produced, ISO-8601 with offset
     * @param timeframeUnit day, week, month or auto
     */
    public record Briefing(
            String title,
            String collection,
            Period period,
            String producedAt,
            String producedAtDisplay,
            String timeframeUnit,
            Overview overview,
            List<ThreadSection> threads,
            List<String> declaredThreadsWithoutCoverage,
            List<ArticleEntry> articles,
            List<IssueEntry> skipped,
            List<IssueEntry> degraded) {
    }

    /** The period covered; {@code from}/{@code to} are null when the run did not bound it. */
    public record Period(LocalDate from, LocalDate to, String display, boolean bounded) {
    }

    public record Overview(
            int articleCount,
            int outletCount,
            int articlesWithoutOutlet,
            int threadCount,
            int developmentCount,
            int statedDates,
            int estimatedDates,
            int undatedArticles,
            List<String> languages,
            List<String> nonEnglishArticles,
            List<ThreadLine> threadLines) {
    }

    /** One line of the overview per thread: its label, size and latest development. */
    public record ThreadLine(String anchor, String label, int developments, int articles, String latest) {
    }

    /**
     * @param status "New thread", "Resumed after 9 weeks (last covered 14 February 2024)", "Continuing",
     *               or "No new coverage in this run"
     */
    public record ThreadSection(
            String code,
            String anchor,
            String label,
            String status,
            boolean declared,
            List<String> parties,
            List<String> mediators,
            int developmentCount,
            int articleCount,
            List<TimeframeSection> timeframes) {
    }

    public record TimeframeSection(String key, String anchor, String label, List<DevelopmentEntry> developments) {
    }

    /**
     * @param headlineDerived    no report has a title of its own: the headline is the opening of the first summary sentence
     * @param crossReferenceOnly every source here is a cross-reference: the articles are held by other threads
     */
    public record DevelopmentEntry(
            String code,
            String anchor,
            String headline,
            boolean headlineDerived,
            DateDisplay date,
            List<SummarySentence> summary,
            List<SourceCitation> sources,
            boolean crossReferenceOnly) {
    }

    /**
     * @param text       the date as shown ("14 February 2024", "c. 27 October 2023", "undated")
     * @param provenance where it came from ("stated in a dateline in the text", "estimated from the text")
     * @param evidence   for estimates, the sentences it rests on
     */
    public record DateDisplay(String text, DateStatus status, String provenance, String evidence, LocalDate sortDate) {

        public boolean estimated() {
            return status == DateStatus.ESTIMATED;
        }

        public boolean undated() {
            return status == DateStatus.UNDATED;
        }
    }

    /**
     * A sentence quoted verbatim from one article, and the other articles that report the same
     * statement in their own words.
     */
    public record SummarySentence(String text, int quotedFrom, List<Integer> alsoReportedBy) {
    }

    /**
     * @param paragraphs for a cross-reference, which paragraphs of the article concern this thread
     * @param heldIn     for a cross-reference, the label of the thread that holds the article
     */
    public record SourceCitation(
            int number,
            String articleAnchor,
            String title,
            String outlet,
            String date,
            String file,
            PartRole role,
            String paragraphs,
            String heldIn,
            String heldInAnchor) {

        public boolean crossReference() {
            return role == PartRole.CROSS_REFERENCE;
        }
    }

    public record ArticleEntry(
            int number,
            String anchor,
            String id,
            String title,
            boolean titleDerived,
            String outlet,
            DateDisplay date,
            String language,
            String languageName,
            String file,
            String url,
            String thread,
            String threadAnchor,
            List<String> notes) {
    }

    public record IssueEntry(String source, String reason) {
    }
}
