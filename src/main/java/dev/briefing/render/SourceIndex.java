package dev.briefing.render;

import dev.briefing.briefing.BriefingModel.ArticleEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code sources.csv}: every article of the run under the number the briefing cites it by, with
 * its date, outlet, thread and file. The briefing of a large run details only its latest
 * developments and lists only the articles they cite; this index keeps every other article
 * traceable to what it was read from.
 */
final class SourceIndex {

    static final String FILE = "sources.csv";
    private static final String[] HEADER = {"number", "article_id", "title", "outlet", "date", "date_status", "language", "thread",
        "file", "url"};

    private SourceIndex() {
    }

    static String csv(List<ArticleEntry> articles) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (ArticleEntry article : articles) {
                printer.printRecord(article.number(), article.id(), article.title(), article.outlet(),
                        article.date().sortDate(), article.date().status().name().toLowerCase(Locale.ROOT), article.language(),
                        article.thread(), article.file(), article.url());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }
}
