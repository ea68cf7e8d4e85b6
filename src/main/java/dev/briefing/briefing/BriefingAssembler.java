package dev.briefing.briefing;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.LanguageIdentifier;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.DateStatus;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.ArticleEntry;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.BriefingModel.Detail;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.IssueEntry;
import dev.briefing.briefing.BriefingModel.KeyDevelopment;
import dev.briefing.briefing.BriefingModel.Overview;
import dev.briefing.briefing.BriefingModel.Period;
import dev.briefing.briefing.BriefingModel.SinceLastBriefing;
import dev.briefing.briefing.BriefingModel.ThreadLine;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.ingest.InputIssue;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the briefing model from what a run read and how it was threaded: the thread sections (one
 * builder each), the key developments and what changed since the last briefing, the overview and
 * timeline, and the appendices. Deterministic: every list is sorted by stable keys, so the same
 * input gives the same briefing.
 */
public final class BriefingAssembler {

    static final int KEY_DEVELOPMENTS = 5;
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm xxx", Locale.ENGLISH);

    private final ThreadSectionBuilder sections;
    private final TimelineBuilder timeline = new TimelineBuilder();

    public BriefingAssembler(TermExtractor termExtractor, EntityExtractor entityExtractor) {
        this.sections = new ThreadSectionBuilder(new DevelopmentBuilder(new ExtractiveSummarizer(termExtractor), entityExtractor),
                entityExtractor);
    }

    public Briefing assemble(BriefingInput input) {
        BriefingContext context = new BriefingContext(input);
        Map<String, List<StoredPart>> partsByThread = new TreeMap<>();
        context.parts().forEach(p -> partsByThread.computeIfAbsent(p.threadCode(), t -> new ArrayList<>()).add(p));
        Set<String> detailed = DetailSelection.of(context.parts(), context::article, input.maxDetailedDevelopments());
        Set<String> cited = context.parts().stream().filter(p -> detailed.contains(p.developmentCode())).map(StoredPart::articleId)
                .collect(Collectors.toSet());
        context.loadTexts(cited);
        List<ThreadSection> threadSections = new ArrayList<>();
        partsByThread.forEach((code, parts) -> threadSections.add(sections.build(context.thread(code), parts, detailed::contains, context)));
        threadSections.sort(threadOrder(input));
        // A thread none of whose developments is detailed gets no chapter of its own: counted, not printed.
        List<ThreadSection> shown = threadSections.stream().filter(section -> !section.timeframes().isEmpty()).toList();
        List<ArticleEntry> sourceIndex = context.articles().stream().map(a -> articleEntry(a, context)).toList();
        Overview overview = overview(context.articles(), threadSections, shown);
        Detail detail = new Detail(input.maxDetailedDevelopments(), detailed.size(), detailed.size() == overview.developmentCount());
        Set<String> covered = partsByThread.keySet();
        List<String> uncovered = input.profile().threads().stream().filter(t -> !covered.contains(t.id())).map(DeclaredThread::name).toList();
        return new Briefing(
                input.profile().title() != null ? input.profile().title() : "Negotiation briefing: " + input.collectionName(),
                input.collectionName(),
                period(input, context.articles()),
                input.producedAt().toOffsetDateTime().toString(),
                PRODUCED.format(input.producedAt()),
                input.timeframeUnit().parameterValue(),
                overview,
                keyDevelopments(shown),
                sinceLastBriefing(input, context, threadSections),
                timeline.build(shown),
                shown,
                uncovered,
                sourceIndex.stream().filter(entry -> detail.complete() || cited.contains(entry.id())).toList(),
                sourceIndex,
                detail,
                issues(input.issues(), InputIssue.Severity.SKIPPED),
                issues(input.issues(), InputIssue.Severity.DEGRADED));
    }

    /**
     * The few developments that matter most: reported by the most articles, then with a stated
     * date, then the most recent; shown in date order. Developments a thread only cross-references
     * are left to the thread that holds them.
     */
    private static List<KeyDevelopment> keyDevelopments(List<ThreadSection> threads) {
        List<KeyDevelopment> candidates = new ArrayList<>();
        for (ThreadSection thread : threads) {
            for (DevelopmentEntry development : developments(thread)) {
                if (!development.crossReferenceOnly()) {
                    candidates.add(keyDevelopment(thread, development));
                }
            }
        }
        Comparator<KeyDevelopment> importance = Comparator.comparingInt(KeyDevelopment::sources).reversed()
                .thenComparing(k -> k.date().status() != DateStatus.STATED)
                .thenComparing(k -> k.date().sortDate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(KeyDevelopment::anchor);
        return candidates.stream().sorted(importance).limit(KEY_DEVELOPMENTS)
                .sorted(Comparator.comparing((KeyDevelopment k) -> k.date().sortDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(KeyDevelopment::anchor))
                .toList();
    }

    private static KeyDevelopment keyDevelopment(ThreadSection thread, DevelopmentEntry development) {
        return new KeyDevelopment(development.anchor(), thread.label(), development.headline(), development.date(),
                (int) development.sources().stream().map(BriefingModel.SourceCitation::number).distinct().count());
    }

    private static List<DevelopmentEntry> developments(ThreadSection thread) {
        return thread.timeframes().stream().flatMap(t -> t.developments().stream()).toList();
    }

    private static SinceLastBriefing sinceLastBriefing(BriefingInput input, BriefingContext context, List<ThreadSection> threads) {
        if (input.previous().isEmpty()) {
            return new SinceLastBriefing(true, null, 0, List.of(), List.of(), List.of(), List.of());
        }
        List<String> newThreads = threads.stream().filter(t -> t.status().equals("New thread")).map(ThreadSection::label).toList();
        List<String> resumed = threads.stream().filter(t -> t.status().startsWith("Resumed")).map(t -> t.label() + ": " + t.status())
                .toList();
        List<KeyDevelopment> newDevelopments = new ArrayList<>();
        for (ThreadSection thread : threads) {
            for (DevelopmentEntry development : developments(thread)) {
                boolean allNew = development.sources().stream()
                        .allMatch(source -> context.isNew(context.articles().get(source.number() - 1).id()));
                if (allNew && !development.crossReferenceOnly()) {
                    newDevelopments.add(keyDevelopment(thread, development));
                }
            }
        }
        List<String> changed = context.articles().stream().filter(a -> input.changedArticleIds().contains(a.id()))
                .map(a -> "[" + context.number(a.id()) + "] " + a.displayTitle()).toList();
        int newArticles = (int) context.articles().stream().filter(a -> context.isNew(a.id())).count();
        return new SinceLastBriefing(false, PRODUCED.format(input.previous().get().producedAt()), newArticles, newThreads, resumed,
                newDevelopments, changed);
    }

    private static Comparator<ThreadSection> threadOrder(BriefingInput input) {
        List<String> declaredOrder = input.profile().threads().stream().map(DeclaredThread::id).toList();
        return Comparator.comparing((ThreadSection t) -> declaredOrder.contains(t.code()) ? declaredOrder.indexOf(t.code()) : Integer.MAX_VALUE)
                .thenComparing(Comparator.comparingInt(ThreadSection::articleCount).reversed())
                .thenComparing(ThreadSection::code);
    }

    private static ArticleEntry articleEntry(Article article, BriefingContext context) {
        int number = context.number(article.id());
        StoredThread thread = context.mainThreadOf(article.id());
        return new ArticleEntry(number, BriefingContext.articleAnchor(number), article.id(), article.displayTitle(), !article.hasOwnTitle(),
                article.outlet(), DateTexts.of(article.date()), article.language(), LanguageIdentifier.displayName(article.language()),
                article.source().display(), linkable(article.url()), thread == null ? null : thread.label(),
                thread == null ? null : BriefingContext.threadAnchor(thread.code()), article.notes());
    }

    /** Only web addresses become links: a {@code javascript:} or {@code file:} URL from an article is not one. */
    static String linkable(String url) {
        return url != null && url.matches("(?i)https?://[^\\s]+") ? url : null;
    }

    private static List<IssueEntry> issues(List<InputIssue> issues, InputIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).map(i -> new IssueEntry(i.sourceKey(), i.reason())).toList();
    }

    /** @param shown the sections the briefing prints, which the overview lists; the counts are of all */
    private static Overview overview(List<Article> articles, List<ThreadSection> sections, List<ThreadSection> shown) {
        Set<String> outlets = articles.stream().map(Article::outlet).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> languages = articles.stream()
                .collect(Collectors.groupingBy(a -> LanguageIdentifier.displayName(a.language()), TreeMap::new, Collectors.counting()));
        List<String> nonEnglish = articles.stream().filter(a -> !"en".equals(a.language()))
                .map(a -> a.source().display() + " (" + LanguageIdentifier.displayName(a.language()) + ")").toList();
        List<ThreadLine> lines = shown.stream().map(s -> new ThreadLine(s.anchor(), s.label(), s.developmentCount(), s.articleCount(),
                latest(s))).toList();
        return new Overview(
                articles.size(),
                outlets.size(),
                (int) articles.stream().filter(a -> a.outlet() == null).count(),
                sections.size(),
                sections.stream().mapToInt(ThreadSection::developmentCount).sum(),
                count(articles, DateStatus.STATED),
                count(articles, DateStatus.ESTIMATED),
                count(articles, DateStatus.UNDATED),
                languages.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList(),
                nonEnglish,
                lines);
    }

    private static String latest(ThreadSection section) {
        if (section.timeframes().isEmpty() && section.undetailedDevelopments() > 0) {
            return "not detailed in this briefing";
        }
        return developments(section).stream().filter(d -> !d.date().undated()).reduce((first, second) -> second)
                .map(d -> d.date().text()).orElse("undated");
    }

    private static int count(List<Article> articles, DateStatus status) {
        return (int) articles.stream().filter(a -> a.date().status() == status).count();
    }

    private static Period period(BriefingInput input, List<Article> included) {
        if (input.from() != null || input.to() != null) {
            String from = input.from() == null ? "the earliest article" : DateTexts.DAY.format(input.from());
            String to = input.to() == null ? "the latest article" : DateTexts.DAY.format(input.to());
            return new Period(input.from(), input.to(), from + " to " + to, true);
        }
        List<PublicationDate> dated = included.stream().map(Article::date).filter(PublicationDate::isDated).toList();
        if (dated.isEmpty()) {
            return new Period(null, null, "no dated articles", false);
        }
        LocalDate first = dated.stream().map(PublicationDate::earliest).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().map(PublicationDate::latest).max(LocalDate::compareTo).orElseThrow();
        return new Period(first, last, DateTexts.DAY.format(first) + " to " + DateTexts.DAY.format(last), false);
    }

    static boolean inPeriod(PublicationDate date, LocalDate from, LocalDate to) {
        if (!date.isDated()) {
            return true;
        }
        return (from == null || !date.latest().isBefore(from)) && (to == null || !date.earliest().isAfter(to));
    }
}
