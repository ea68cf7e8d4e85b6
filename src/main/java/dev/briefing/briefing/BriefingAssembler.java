package dev.briefing.briefing;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.analyze.LanguageIdentifier;
import dev.briefing.article.Article;
import dev.briefing.article.DateStatus;
import dev.briefing.article.Paragraph;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.ArticleEntry;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.BriefingModel.DateDisplay;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.IssueEntry;
import dev.briefing.briefing.BriefingModel.Overview;
import dev.briefing.briefing.BriefingModel.Period;
import dev.briefing.briefing.BriefingModel.SourceCitation;
import dev.briefing.briefing.BriefingModel.SummarySentence;
import dev.briefing.briefing.BriefingModel.ThreadLine;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.briefing.BriefingModel.TimeframeSection;
import dev.briefing.ingest.InputIssue;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.thread.PartRole;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the briefing model from what a run read and how it was threaded: numbers the articles
 * (chronologically), dates and summarises each development from its reports, groups developments
 * into timeframes per thread, and writes the overview from counts. Deterministic: every list is
 * sorted by stable keys, so the same input gives the same briefing.
 */
public final class BriefingAssembler {

    static final int SUMMARY_SENTENCES = 3;
    /** A thread whose new coverage comes this many weeks after its last is "resumed", not continuing. */
    static final int RESUMED_AFTER_WEEKS = 2;
    /** A headline made from a quoted sentence is cut to a lead-in of this many words. */
    static final int HEADLINE_MAX_WORDS = 16;
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm xxx", Locale.ENGLISH);

    private final ExtractiveSummarizer summarizer;
    private final EntityExtractor entityExtractor;

    public BriefingAssembler(dev.briefing.analyze.TermExtractor termExtractor, EntityExtractor entityExtractor) {
        this.summarizer = new ExtractiveSummarizer(termExtractor);
        this.entityExtractor = entityExtractor;
    }

    public Briefing assemble(BriefingInput input) {
        List<Article> included = input.articles().stream().filter(a -> inPeriod(a.date(), input.from(), input.to()))
                .sorted(chronologically()).toList();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        for (int i = 0; i < included.size(); i++) {
            numbers.put(included.get(i).id(), i + 1);
            byId.put(included.get(i).id(), included.get(i));
        }
        List<StoredPart> parts = input.parts().stream().filter(p -> byId.containsKey(p.articleId())).toList();
        Map<String, StoredThread> threads = input.threads().stream().collect(Collectors.toMap(StoredThread::code, Function.identity()));
        Map<String, String> mainThreadOf = new HashMap<>();
        parts.stream().filter(p -> p.role() == PartRole.MAIN).forEach(p -> mainThreadOf.put(p.articleId(), p.threadCode()));

        Map<String, List<StoredPart>> partsByThread = new TreeMap<>();
        parts.forEach(p -> partsByThread.computeIfAbsent(p.threadCode(), t -> new ArrayList<>()).add(p));
        List<ThreadSection> sections = new ArrayList<>();
        for (Map.Entry<String, List<StoredPart>> entry : partsByThread.entrySet()) {
            StoredThread thread = threads.get(entry.getKey());
            sections.add(threadSection(thread, entry.getValue(), byId, numbers, threads, mainThreadOf, input));
        }
        sections.sort(threadOrder(input));

        List<ArticleEntry> articles = included.stream()
                .map(a -> articleEntry(a, numbers.get(a.id()), threads.get(mainThreadOf.get(a.id()))))
                .toList();
        Set<String> covered = partsByThread.keySet();
        List<String> uncovered = input.profile().threads().stream().filter(t -> !covered.contains(t.id()))
                .map(DeclaredThread::name).toList();
        List<IssueEntry> skipped = issues(input.issues(), InputIssue.Severity.SKIPPED);
        List<IssueEntry> degraded = issues(input.issues(), InputIssue.Severity.DEGRADED);
        return new Briefing(
                input.profile().title() != null ? input.profile().title() : "Negotiation briefing: " + input.collectionName(),
                input.collectionName(),
                period(input, included),
                input.producedAt().toOffsetDateTime().toString(),
                PRODUCED.format(input.producedAt()),
                input.timeframeUnit().parameterValue(),
                overview(included, sections),
                sections,
                uncovered,
                articles,
                skipped,
                degraded);
    }

    private ThreadSection threadSection(StoredThread thread, List<StoredPart> parts, Map<String, Article> byId,
            Map<String, Integer> numbers, Map<String, StoredThread> threads, Map<String, String> mainThreadOf, BriefingInput input) {
        Map<String, List<StoredPart>> byDevelopment = new TreeMap<>();
        parts.forEach(p -> byDevelopment.computeIfAbsent(p.developmentCode(), d -> new ArrayList<>()).add(p));
        List<DevelopmentEntry> developments = new ArrayList<>();
        for (List<StoredPart> reports : byDevelopment.values()) {
            developments.add(development(reports, byId, numbers, threads, mainThreadOf));
        }
        developments.sort(Comparator.comparing((DevelopmentEntry d) -> d.date().sortDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DevelopmentEntry::code));
        List<Timeframes.Timeframe> frames = Timeframes.assign(developments.stream().map(d -> d.date().sortDate()).toList(), input.timeframeUnit());
        Map<Timeframes.Timeframe, List<DevelopmentEntry>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < developments.size(); i++) {
            grouped.computeIfAbsent(frames.get(i), f -> new ArrayList<>()).add(developments.get(i));
        }
        String anchor = "thread-" + thread.code();
        List<TimeframeSection> timeframes = grouped.entrySet().stream()
                .map(e -> new TimeframeSection(e.getKey().key(), anchor + "-" + e.getKey().key(), e.getKey().label(), List.copyOf(e.getValue())))
                .toList();
        List<String> parties = parties(thread, input);
        Map<String, Integer> mediatorMentions = new TreeMap<>();
        for (StoredPart part : parts) {
            entityExtractor.extract(paragraphsOf(byId.get(part.articleId()), part)).mediators().stream()
                    .filter(m -> !parties.contains(m))
                    .forEach(m -> mediatorMentions.merge(m, 1, Integer::sum));
        }
        List<String> mediators = mediatorMentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        long articleCount = parts.stream().map(StoredPart::articleId).distinct().count();
        return new ThreadSection(thread.code(), anchor, thread.label(), status(thread, parts, byId, input), thread.declared(),
                parties, mediators, developments.size(), (int) articleCount, timeframes);
    }

    /** Whether a thread is new in this run, resumed after a pause in coverage, or continuing. */
    static String status(StoredThread thread, List<StoredPart> parts, Map<String, Article> byId, BriefingInput input) {
        if (thread.createdByInstance() == input.jobInstanceId()) {
            return "New thread";
        }
        List<LocalDate> earlier = new ArrayList<>();
        List<LocalDate> fresh = new ArrayList<>();
        for (StoredPart part : parts) {
            PublicationDate date = byId.get(part.articleId()).date();
            (input.newArticleIds().contains(part.articleId()) ? fresh : earlier).add(date.isDated() ? date.date() : null);
        }
        if (fresh.isEmpty()) {
            return "No new coverage in this run";
        }
        LocalDate lastEarlier = earlier.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        LocalDate firstFresh = fresh.stream().filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        if (lastEarlier != null && firstFresh != null) {
            long weeks = java.time.temporal.ChronoUnit.WEEKS.between(lastEarlier, firstFresh);
            if (weeks >= RESUMED_AFTER_WEEKS) {
                return "Resumed after " + weeks + " weeks (last covered " + DateTexts.DAY.format(lastEarlier) + ")";
            }
        }
        return "Continuing";
    }

    private DevelopmentEntry development(List<StoredPart> reports, Map<String, Article> byId, Map<String, Integer> numbers,
            Map<String, StoredThread> threads, Map<String, String> mainThreadOf) {
        List<StoredPart> ordered = reports.stream()
                .sorted(Comparator.comparing((StoredPart p) -> p.role() != PartRole.MAIN).thenComparing(p -> numbers.get(p.articleId())))
                .toList();
        DateDisplay date = DateTexts.combine(ordered.stream().map(p -> byId.get(p.articleId()).date()).toList());
        List<ExtractiveSummarizer.Report> texts = ordered.stream()
                .map(p -> new ExtractiveSummarizer.Report(numbers.get(p.articleId()), byId.get(p.articleId()).language(),
                        paragraphsOf(byId.get(p.articleId()), p).stream().filter(par -> !par.heading()).map(Paragraph::text).toList()))
                .toList();
        List<SummarySentence> summary = summarizer.summarize(texts, SUMMARY_SENTENCES);
        List<SourceCitation> sources = ordered.stream().map(p -> {
            Article article = byId.get(p.articleId());
            StoredThread heldIn = threads.get(mainThreadOf.get(p.articleId()));
            boolean cross = p.role() == PartRole.CROSS_REFERENCE;
            return new SourceCitation(numbers.get(p.articleId()), "article-" + numbers.get(p.articleId()), article.displayTitle(),
                    article.outlet(), DateTexts.of(article.date()).text(), article.source().display(), p.role(),
                    cross ? paragraphRanges(p.paragraphs()) : null,
                    cross && heldIn != null ? heldIn.label() : null,
                    cross && heldIn != null ? "thread-" + heldIn.code() : null);
        }).toList();
        String code = ordered.get(0).developmentCode();
        Optional<String> title = ownTitle(ordered, byId);
        return new DevelopmentEntry(code, "dev-" + code, title.orElseGet(() -> leadIn(ordered, byId, summary)), title.isEmpty(), date,
                summary, sources,
                ordered.stream().allMatch(p -> p.role() == PartRole.CROSS_REFERENCE));
    }

    /** The own title of an article this development holds (not merely cross-references). */
    private static Optional<String> ownTitle(List<StoredPart> reports, Map<String, Article> byId) {
        return reports.stream().filter(p -> p.role() == PartRole.MAIN).map(p -> byId.get(p.articleId()))
                .filter(Article::hasOwnTitle).map(Article::title).findFirst();
    }

    /** Without a title, the opening words of the summary's first sentence, marked as cut. */
    private static String leadIn(List<StoredPart> reports, Map<String, Article> byId, List<SummarySentence> summary) {
        String first = summary.isEmpty() ? byId.get(reports.get(0).articleId()).displayTitle() : summary.get(0).text();
        String[] words = first.split("\\s+");
        return words.length <= HEADLINE_MAX_WORDS ? first : String.join(" ", List.of(words).subList(0, HEADLINE_MAX_WORDS)) + " …";
    }

    private static List<Paragraph> paragraphsOf(Article article, StoredPart part) {
        List<Paragraph> body = article.body();
        return part.paragraphs().stream().filter(i -> i >= 0 && i < body.size()).map(body::get).toList();
    }

    /** "paragraphs 4–7" (one-based, as a reader counts them). */
    static String paragraphRanges(List<Integer> indexes) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < indexes.size()) {
            int start = indexes.get(i);
            int end = start;
            while (i + 1 < indexes.size() && indexes.get(i + 1) == end + 1) {
                end = indexes.get(++i);
            }
            ranges.add(start == end ? String.valueOf(start + 1) : (start + 1) + "–" + (end + 1));
            i++;
        }
        return (indexes.size() == 1 ? "paragraph " : "paragraphs ") + String.join(", ", ranges);
    }

    private static List<String> parties(StoredThread thread, BriefingInput input) {
        return input.profile().threads().stream().filter(t -> t.id().equals(thread.code())).findFirst()
                .map(DeclaredThread::parties).orElse(List.of());
    }

    private static Comparator<ThreadSection> threadOrder(BriefingInput input) {
        List<String> declaredOrder = input.profile().threads().stream().map(DeclaredThread::id).toList();
        return Comparator.comparing((ThreadSection t) -> declaredOrder.contains(t.code()) ? declaredOrder.indexOf(t.code()) : Integer.MAX_VALUE)
                .thenComparing(Comparator.comparingInt(ThreadSection::articleCount).reversed())
                .thenComparing(ThreadSection::code);
    }

    private static ArticleEntry articleEntry(Article article, int number, StoredThread thread) {
        return new ArticleEntry(number, "article-" + number, article.id(), article.displayTitle(), !article.hasOwnTitle(),
                article.outlet(), DateTexts.of(article.date()), article.language(), LanguageIdentifier.displayName(article.language()),
                article.source().display(), linkable(article.url()), thread == null ? null : thread.label(),
                thread == null ? null : "thread-" + thread.code(), article.notes());
    }

    /** Only web addresses become links: a {@code javascript:} or {@code file:} URL from an article is not one. */
    static String linkable(String url) {
        return url != null && url.matches("(?i)https?://[^\\s]+") ? url : null;
    }

    private static List<IssueEntry> issues(List<InputIssue> issues, InputIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).map(i -> new IssueEntry(i.sourceKey(), i.reason())).toList();
    }

    private static Overview overview(List<Article> articles, List<ThreadSection> sections) {
        Set<String> outlets = articles.stream().map(Article::outlet).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> languages = articles.stream()
                .collect(Collectors.groupingBy(a -> LanguageIdentifier.displayName(a.language()), TreeMap::new, Collectors.counting()));
        List<String> nonEnglish = articles.stream().filter(a -> !"en".equals(a.language()))
                .map(a -> a.source().display() + " (" + LanguageIdentifier.displayName(a.language()) + ")").toList();
        List<ThreadLine> lines = sections.stream().map(s -> new ThreadLine(s.anchor(), s.label(), s.developmentCount(), s.articleCount(),
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
        return section.timeframes().stream().flatMap(t -> t.developments().stream())
                .filter(d -> !d.date().undated())
                .reduce((first, second) -> second)
                .map(d -> d.date().text())
                .orElse("undated");
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

    private static Comparator<Article> chronologically() {
        return Comparator.comparing((Article a) -> a.date().isDated() ? a.date().date() : null, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.source().key());
    }
}
