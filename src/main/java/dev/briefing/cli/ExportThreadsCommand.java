package dev.briefing.cli;

import dev.briefing.article.ArticleStore;
import dev.briefing.briefing.ThreadExport;
import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.render.OutputFiles;
import dev.briefing.thread.ThreadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code briefing export-threads}: the latest run's thread assignment of a folder, as CSV. */
@Command(name = "export-threads", mixinStandardHelpOptions = true,
        description = "Write the thread assignment of the latest run on an input folder as CSV: article id, source, date, thread id"
                + " and label, role (main or cross_reference), development id, timeframe.")
public class ExportThreadsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "seeds", description = "The input folder whose threads to export (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", description = "CSV file to write (default: standard output).")
    Path output;

    @Option(names = "--timeframe", defaultValue = "month", description = "Timeframe unit for the timeframe column: day, week, month, auto.")
    String timeframe;

    private final ArticleStore articles;
    private final ThreadStore threads;

    public ExportThreadsCommand(ArticleStore articles, ThreadStore threads) {
        this.articles = articles;
        this.threads = threads;
    }

    @Override
    public Integer call() {
        TimeframeUnit unit;
        try {
            unit = TimeframeUnit.parse(timeframe);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        String root = input.toAbsolutePath().normalize().toString();
        long collection = articles.findCollection(root)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no run has read " + root + " yet; run 'briefing run --input "
                        + input + "' first"));
        long run = articles.latestRun(collection).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no article of " + root + " was stored"));
        List<ThreadExport.Row> rows = ThreadExport.rows(articles.seenBy(collection, run), threads.partsSeenBy(collection, run),
                threads.threads(collection), unit);
        StringWriter csv = new StringWriter();
        ThreadExport.writeCsv(rows, csv);
        if (output == null) {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        } else {
            OutputFiles.writeAtomically(output.toAbsolutePath().normalize(), csv.toString().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("Wrote %d rows to %s%n", rows.size(), output);
        }
        return ExitCodes.DONE;
    }
}
