package dev.briefing.job;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.render.OutputFiles;
import dev.briefing.render.OutputFormat;
import dev.briefing.render.PaperSize;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameters of one run of the briefing job. Everything that decides what the briefing says
 * identifies the run (so a failed run restarts when started again with the same parameters, and
 * a finished one is not run twice); the production time does not.
 *
 * @param slot        for a scheduled run, the time it was scheduled for (each slot is a run of
 *                    its own); empty for a run from the command line
 * @param inputDigest a digest of the input folder's file list (names, sizes, modification times):
 *                    changed input makes a new run, unchanged input finds the earlier one
 */
public record RunParameters(
        RunOptions options,
        LocalDate from,
        LocalDate to,
        LocalDate runDate,
        Optional<ZonedDateTime> slot,
        String inputDigest,
        ZonedDateTime producedAt) {

    public static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String FROM = "from";
    static final String TO = "to";
    static final String TIMEFRAME = "timeframe";
    static final String PROFILE = "profile";
    static final String TEMPLATES = "templates";
    static final String PAPER = "paper";
    static final String FORMATS = "formats";
    static final String RECIPIENTS = "recipients";
    static final String REREAD = "reread";
    static final String RUN_DATE = "runDate";
    static final String SLOT = "slot";
    static final String INPUT_DIGEST = "inputDigest";
    static final String PRODUCED_AT = "producedAt";
    private static final DateTimeFormatter SLOT_NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(INPUT, options.input().toString())
                .addString(OUTPUT, options.output().toString())
                .addString(FROM, from == null ? "" : from.toString())
                .addString(TO, to == null ? "" : to.toString())
                .addString(TIMEFRAME, options.timeframe().parameterValue())
                .addString(PROFILE, options.profile().map(Path::toString).orElse(""))
                .addString(TEMPLATES, options.templates().toString())
                .addString(PAPER, options.paper().name().toLowerCase(Locale.ROOT))
                .addString(FORMATS, OutputFormat.listOf(options.formats()))
                .addString(RECIPIENTS, String.join(",", options.recipients()))
                .addString(REREAD, Boolean.toString(options.reread()))
                .addString(RUN_DATE, runDate.toString())
                .addString(SLOT, slot.map(ZonedDateTime::toString).orElse(""))
                .addString(INPUT_DIGEST, inputDigest)
                .addString(PRODUCED_AT, producedAt.toString(), false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        RunOptions options = new RunOptions(
                Path.of(parameters.getString(INPUT)),
                Path.of(parameters.getString(OUTPUT)),
                TimeframeUnit.parse(parameters.getString(TIMEFRAME)),
                Optional.ofNullable(parameters.getString(PROFILE)).filter(p -> !p.isEmpty()).map(Path::of),
                Path.of(parameters.getString(TEMPLATES)),
                PaperSize.parse(parameters.getString(PAPER)),
                OutputFormat.parseList(parameters.getString(FORMATS)),
                Arrays.stream(parameters.getString(RECIPIENTS).split(",")).filter(r -> !r.isBlank()).toList(),
                Boolean.parseBoolean(parameters.getString(REREAD)));
        return new RunParameters(options,
                date(parameters.getString(FROM)),
                date(parameters.getString(TO)),
                LocalDate.parse(parameters.getString(RUN_DATE)),
                Optional.ofNullable(parameters.getString(SLOT)).filter(s -> !s.isEmpty()).map(ZonedDateTime::parse),
                parameters.getString(INPUT_DIGEST),
                ZonedDateTime.parse(parameters.getString(PRODUCED_AT)));
    }

    /** The input folder of a run, read from its job parameters without the rest. */
    public static Optional<Path> inputOf(JobParameters parameters) {
        return Optional.ofNullable(parameters.getString(INPUT)).map(Path::of);
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    public Path input() {
        return options.input();
    }

    public List<String> recipients() {
        return options.recipients();
    }

    /**
     * The folder this run's files go into: {@code <output>/<collection>-<run date>[-<from>_<to>]},
     * or for a scheduled run {@code <output>/<collection>-<slot>}.
     */
    public Path briefingFolder() {
        if (slot.isPresent()) {
            return options.output().resolve(OutputFiles.sanitize(options.collectionName() + "-" + SLOT_NAME.format(slot.get())));
        }
        String period = from == null && to == null ? "" : "-" + (from == null ? "start" : from) + "_" + (to == null ? "end" : to);
        return options.output().resolve(OutputFiles.sanitize(options.collectionName() + "-" + runDate + period));
    }
}
