package dev.briefing.briefing;

import dev.briefing.analyze.EntityExtractor;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.briefing.BriefingModel.TimeframeSection;
import dev.briefing.profile.DeclaredThread;
import dev.briefing.profile.StickingPointDefinition;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One thread's section: its developments in date order grouped into timeframes, its parties and
 * mediators, whether it is new or resumed, the sticking points, figures and quotations its
 * articles report.
 */
final class ThreadSectionBuilder {

    /** A thread whose new coverage comes this many weeks after its last is "resumed", not continuing. */
    static final int RESUMED_AFTER_WEEKS = 2;

    private final DevelopmentBuilder developments;
    private final EntityExtractor entityExtractor;
    private final StickingPointFinder stickingPoints = new StickingPointFinder();
    private final FigureFinder figures = new FigureFinder();
    private final QuotationFinder quotations;

    ThreadSectionBuilder(DevelopmentBuilder developments, EntityExtractor entityExtractor) {
        this.developments = developments;
        this.entityExtractor = entityExtractor;
        this.quotations = new QuotationFinder(entityExtractor);
    }

    /**
     * @param allParts all the thread's parts in the run
     * @param detailed whether a development is detailed; the section only counts the others, and
     *                 draws its sticking points, figures, quotations and mediators from the detailed ones
     */
    ThreadSection build(StoredThread thread, List<StoredPart> allParts, Predicate<String> detailed, BriefingContext context) {
        List<StoredPart> parts = allParts.stream().filter(p -> detailed.test(p.developmentCode())).toList();
        Map<String, List<StoredPart>> byDevelopment = new TreeMap<>();
        parts.forEach(p -> byDevelopment.computeIfAbsent(p.developmentCode(), d -> new ArrayList<>()).add(p));
        List<DevelopmentEntry> entries = new ArrayList<>();
        byDevelopment.values().forEach(reports -> entries.add(developments.build(reports, context)));
        entries.sort(Comparator.comparing((DevelopmentEntry d) -> d.date().sortDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DevelopmentEntry::code));
        String anchor = BriefingContext.threadAnchor(thread.code());
        Optional<DeclaredThread> declared = context.input().profile().threads().stream().filter(t -> t.id().equals(thread.code())).findFirst();
        List<String> parties = declared.map(DeclaredThread::parties).orElse(List.of());
        List<ReportText> reports = parts.stream().sorted(Comparator.comparingInt(p -> context.number(p.articleId())))
                .map(context::report).toList();
        List<StickingPointDefinition> points = declared.map(DeclaredThread::stickingPoints).orElse(List.of());
        int developments = (int) allParts.stream().map(StoredPart::developmentCode).distinct().count();
        int articles = (int) allParts.stream().map(StoredPart::articleId).distinct().count();
        int detailedArticles = (int) parts.stream().map(StoredPart::articleId).distinct().count();
        return new ThreadSection(thread.code(), anchor, thread.label(), status(thread, allParts, context), thread.declared(), parties,
                mediators(parts, parties, context), developments, articles, developments - entries.size(), articles - detailedArticles,
                timeframes(entries, anchor, context.input().timeframeUnit()), stickingPoints.find(points, reports), figures.find(reports),
                quotations.find(reports));
    }

    private static List<TimeframeSection> timeframes(List<DevelopmentEntry> entries, String anchor, TimeframeUnit unit) {
        List<Timeframes.Timeframe> frames = Timeframes.assign(entries.stream().map(d -> d.date().sortDate()).toList(), unit);
        Map<Timeframes.Timeframe, List<DevelopmentEntry>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            grouped.computeIfAbsent(frames.get(i), f -> new ArrayList<>()).add(entries.get(i));
        }
        return grouped.entrySet().stream().map(e -> new TimeframeSection(e.getKey().key(), anchor + "-" + e.getKey().key(),
                e.getKey().label(), e.getKey().start(), e.getKey().end(), List.copyOf(e.getValue()))).toList();
    }

    /** The mediators the thread's reports name, most often named first, never one of its parties. */
    private List<String> mediators(List<StoredPart> parts, List<String> parties, BriefingContext context) {
        Map<String, Integer> mentions = new TreeMap<>();
        for (StoredPart part : parts) {
            entityExtractor.extract(context.paragraphs(part)).mediators().stream()
                    .filter(m -> !parties.contains(m))
                    .forEach(m -> mentions.merge(m, 1, Integer::sum));
        }
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** Whether a thread is new in this run, resumed after a pause in coverage, or continuing. */
    static String status(StoredThread thread, List<StoredPart> parts, BriefingContext context) {
        if (thread.createdByInstance() == context.input().jobInstanceId()) {
            return "New thread";
        }
        List<LocalDate> earlier = new ArrayList<>();
        List<LocalDate> fresh = new ArrayList<>();
        for (StoredPart part : parts) {
            PublicationDate date = context.article(part.articleId()).date();
            (context.isNew(part.articleId()) ? fresh : earlier).add(date.isDated() ? date.date() : null);
        }
        if (fresh.isEmpty()) {
            return "No new coverage in this run";
        }
        LocalDate lastEarlier = earlier.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        LocalDate firstFresh = fresh.stream().filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        if (lastEarlier != null && firstFresh != null) {
            long weeks = ChronoUnit.WEEKS.between(lastEarlier, firstFresh);
            if (weeks >= RESUMED_AFTER_WEEKS) {
                return "Resumed after " + weeks + " weeks (last covered " + DateTexts.DAY.format(lastEarlier) + ")";
            }
        }
        return "Continuing";
    }
}
