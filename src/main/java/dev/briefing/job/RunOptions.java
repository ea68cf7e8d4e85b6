package dev.briefing.job;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.PaperSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user chooses for a run, on the command line or in a schedule: where articles come from
 * and briefings go, how the briefing is cut and printed, who receives it.
 *
 * @param formats    the files written (the PDF always carries the HTML inside it)
 * @param recipients email addresses the briefing is sent to; empty for none
 * @param reread     read every input file again, not only new and changed ones
 */
public record RunOptions(
        Path input,
        Path output,
        TimeframeUnit timeframe,
        Optional<Path> profile,
        Path templates,
        PaperSize paper,
        Set<OutputFormat> formats,
        List<String> recipients,
        boolean reread) {

    public RunOptions {
        formats = Set.copyOf(formats);
        recipients = List.copyOf(recipients);
    }

    /** The defaults of the command line for a folder: month timeframes, A4, PDF and HTML, no email, incremental. */
    public static RunOptions defaults(Path input, Path output, Path templates) {
        return new RunOptions(input, output, TimeframeUnit.MONTH, Optional.empty(), templates, PaperSize.A4,
                Set.of(OutputFormat.HTML, OutputFormat.PDF), List.of(), false);
    }

    /** The name of the input folder, as the briefing calls the collection. */
    public String collectionName() {
        Path name = input.getFileName();
        return name == null ? input.toString() : name.toString();
    }
}
