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
            List<KeyDevelopment> keyDevelopments,
            SinceLastBriefing sinceLastBriefing,
            Timeline timeline,
            List<ThreadSection> threads,
            List<String> declaredThreadsWithoutCoverage,
            List<ArticleEntry> articles,
            List<ArticleEntry> sourceIndex,
            Detail detail,
            List<IssueEntry> skipped,
            List<IssueEntry> degraded) {
    }

    /**
     * How much of the run the briefing details; the run's counts of articles, threads and
     * developments are the overview's.
     *
     * @param limit    the most developments a briefing details
     * @param detailed the developments detailed
     * @param complete whether those are all of the run's; when not, {@code articles} lists only the
     *                 articles they cite, and only threads with a detailed development get a chapter
     */
    public record Detail(int limit, int detailed, boolean complete) {
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
            int undetailedDevelopments,
            int undetailedArticles,
            List<TimeframeSection> timeframes,
            List<StickingPoint> stickingPoints,
            List<FigureSeries> figures,
            List<Quotation> quotations) {
    }

    /** One of the few most important developments of the period, as one line linking to it. */
    public record KeyDevelopment(String anchor, String threadLabel, String headline, DateDisplay date, int sources) {
    }

    /**
     * What changed since the previous briefing on the same collection ({@code first} when there
     * was none).
     *
     * @param changedArticles articles read before whose content has changed since
     */
    public record SinceLastBriefing(
            boolean first,
            String previousProducedAt,
            int newArticles,
            List<String> newThreads,
            List<String> resumedThreads,
            List<KeyDevelopment> newDevelopments,
            List<String> changedArticles) {
    }

    /** A point negotiations stall on, and where the articles raise it. */
    public record StickingPoint(String name, List<Mention> raisedIn) {
    }

    /** Where an article says something: its number, anchor, date and the sentence quoted. */
    public record Mention(int source, String articleAnchor, String date, String quote) {
    }

    /** The reports of one kind of figure (hostages, killed ...) in date order. */
    public record FigureSeries(String measure, List<FigureReport> reports) {
    }

    /**
     * @param figure the figure as the article wrote it ("more than 7,300 martyrs")
     * @param quote  the sentence it stands in
     */
    public record FigureReport(String figure, String quote, int source, String articleAnchor, String date, LocalDate sortDate) {
    }

    /** A direct quotation and who said it, as the article attributes it. */
    public record Quotation(String text, String speaker, int source, String articleAnchor, String date) {
    }

    /**
     * The timeline figure: coordinates in SVG user units, computed here so that the template only
     * draws. One row per thread; each development a mark at its date (hollow when estimated);
     * undated developments in a column of their own.
     */
    public record Timeline(
            int width,
            int height,
            int plotLeft,
            int plotRight,
            int undatedX,
            String description,
            List<TimelineTick> ticks,
            List<TimelineRow> rows) {

        public boolean empty() {
            return rows.isEmpty();
        }

        /**
         * The same figure in parts of at most {@value TimelineBuilder#ROWS_PER_PART} threads, each
         * with its own axis, all on one time scale; a single part when the figure is that small.
         * For print: a taller figure would be cut wherever a page ends, and the pages after its
         * first would show rows without an axis to read them by.
         */
        public List<Timeline> parts() {
            return TimelineBuilder.parts(this);
        }
    }

    public record TimelineTick(int x, String label) {
    }

    /** @param labelLines the thread's label broken into at most two lines that fit the label column */
    public record TimelineRow(List<String> labelLines, String anchor, int y, List<TimelineBand> timeframes, List<TimelineMark> marks) {
    }

    /** A timeframe's span on its thread's row. */
    public record TimelineBand(int x, int width, String label) {
    }

    public record TimelineMark(int x, String anchor, String title, boolean estimated, boolean undated) {
    }

    /** A timeframe of a thread; {@code start} and {@code end} are null for undated developments. */
    public record TimeframeSection(String key, String anchor, String label, LocalDate start, LocalDate end,
            List<DevelopmentEntry> developments) {
    }

    /**
     * @param headlineDerived    no report has a title of its own: the headline is the opening of the first summary sentence
     * @param headlineLanguage   the language of the article the headline comes from (with its writing direction)
     * @param crossReferenceOnly every source here is a cross-reference: the articles are held by other threads
     */
    public record DevelopmentEntry(
            String code,
            String anchor,
            String headline,
            boolean headlineDerived,
            String headlineLanguage,
            String headlineDirection,
            DateDisplay date,
            List<String> actors,
            List<String> places,
            List<SummarySentence> summary,
            List<SourceCitation> sources,
            boolean crossReferenceOnly) {
    }

    /**
     * @param text       the date as shown ("14 February 2024", "c. 27 October 2023 (between 25 and 31 October 2023)", "undated")
     * @param brief      the date for tables and lists, without the range of a narrow estimate ("c. 27 October 2023")
     * @param provenance where it came from ("stated in a dateline in the text", "estimated from the text")
     * @param evidence   for estimates, the sentences it rests on
     */
    public record DateDisplay(String text, String brief, DateStatus status, String provenance, String evidence, LocalDate sortDate) {

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
     *
     * @param language the quoted article's language, for the text's {@code lang} attribute
     * @param direction {@code rtl} for right-to-left scripts, else {@code ltr}
     */
    public record SummarySentence(String text, int quotedFrom, List<Integer> alsoReportedBy, String language, String direction) {
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
