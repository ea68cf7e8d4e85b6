package dev.briefing.briefing;

import dev.briefing.article.Article;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.StoredThread;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The thread assignment of a run as a table (one row per article part: its thread, role,
 * development and timeframe), written as CSV so that threads can be checked and reused elsewhere.
 * The timeframe is the development's, as the briefing shows it.
 */
public final class ThreadExport {

    static final List<String> HEADER = List.of("article_id", "source", "date", "date_status", "thread_id", "thread_label", "role",
            "development_id", "timeframe");

    /** One article part; {@code date} is the best date (estimate included), empty when undated. */
    public record Row(String articleId, String source, String date, String dateStatus, String threadId, String threadLabel,
            String role, String developmentId, String timeframe) {
    }

    private ThreadExport() {
    }

    public static List<Row> rows(List<Article> articles, List<StoredPart> parts, List<StoredThread> threads, TimeframeUnit unit) {
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        Map<String, StoredThread> threadByCode = threads.stream().collect(Collectors.toMap(StoredThread::code, Function.identity()));
        Map<String, List<StoredPart>> byThread = parts.stream().filter(p -> byId.containsKey(p.articleId()))
                .collect(Collectors.groupingBy(StoredPart::threadCode));
        List<Row> rows = new ArrayList<>();
        for (List<StoredPart> threadParts : byThread.values()) {
            Map<String, List<StoredPart>> byDevelopment = threadParts.stream().collect(Collectors.groupingBy(StoredPart::developmentCode));
            List<String> developments = new ArrayList<>(byDevelopment.keySet());
            List<LocalDate> developmentDates = developments.stream()
                    .map(d -> DateTexts.combine(byDevelopment.get(d).stream().map(p -> byId.get(p.articleId()).date()).toList()).sortDate())
                    .toList();
            List<Timeframes.Timeframe> frames = Timeframes.assign(developmentDates, unit);
            Map<String, String> frameOf = new HashMap<>();
            for (int i = 0; i < developments.size(); i++) {
                frameOf.put(developments.get(i), frames.get(i).label());
            }
            for (StoredPart part : threadParts) {
                Article article = byId.get(part.articleId());
                rows.add(new Row(article.id(), article.source().key(), article.date().isDated() ? article.date().date().toString() : "",
                        article.date().status().name().toLowerCase(java.util.Locale.ROOT), part.threadCode(),
                        threadByCode.get(part.threadCode()).label(), part.role().name().toLowerCase(java.util.Locale.ROOT),
                        part.developmentCode(), frameOf.get(part.developmentCode())));
            }
        }
        rows.sort(Comparator.comparing(Row::source).thenComparing(Row::role, Comparator.reverseOrder()).thenComparing(Row::threadId));
        return rows;
    }

    public static void writeCsv(List<Row> rows, Writer out) {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out)) {
            for (Row row : rows) {
                printer.printRecord(row.articleId(), row.source(), row.date(), row.dateStatus(), row.threadId(), row.threadLabel(),
                        row.role(), row.developmentId(), row.timeframe());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the thread export", e);
        }
    }
}
