package dev.briefing.job;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.render.PaperSize;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The parameters of one run of the briefing job. Everything that decides what the briefing says
 * identifies the run (so a failed run restarts when started again with the same parameters, and
 * a finished one is not run twice); the production time does not.
 *
 * @param inputDigest a digest of the input folder's file list (names, sizes, modification times):
 *                    changed input makes a new run, unchanged input finds the earlier one
 */
public record RunParameters(
        Path input,
        Path output,
        LocalDate from,
        LocalDate to,
        TimeframeUnit timeframe,
        Optional<Path> profile,
        Path templates,
        PaperSize paper,
        LocalDate runDate,
        String inputDigest,
        ZonedDateTime producedAt) {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String TIMEFRAME = "timeframe";
    public static final String PROFILE = "profile";
    public static final String TEMPLATES = "templates";
    public static final String PAPER = "paper";
    public static final String RUN_DATE = "runDate";
    public static final String INPUT_DIGEST = "inputDigest";
    public static final String PRODUCED_AT = "producedAt";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString())
                .addString(FROM, from == null ? "" : from.toString())
                .addString(TO, to == null ? "" : to.toString())
                .addString(TIMEFRAME, timeframe.parameterValue())
                .addString(PROFILE, profile.map(Path::toString).orElse(""))
                .addString(TEMPLATES, templates.toString())
                .addString(PAPER, paper.name().toLowerCase(java.util.Locale.ROOT))
                .addString(RUN_DATE, runDate.toString())
                .addString(INPUT_DIGEST, inputDigest)
                .addString(PRODUCED_AT, producedAt.toString(), false)
                .toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        return new RunParameters(
                Path.of(parameters.getString(INPUT)),
                Path.of(parameters.getString(OUTPUT)),
                date(parameters.getString(FROM)),
                date(parameters.getString(TO)),
                TimeframeUnit.parse(parameters.getString(TIMEFRAME)),
                Optional.ofNullable(parameters.getString(PROFILE)).filter(p -> !p.isEmpty()).map(Path::of),
                Path.of(parameters.getString(TEMPLATES)),
                PaperSize.parse(parameters.getString(PAPER)),
                LocalDate.parse(parameters.getString(RUN_DATE)),
                parameters.getString(INPUT_DIGEST),
                ZonedDateTime.parse(parameters.getString(PRODUCED_AT)));
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    /** The name of the input folder, as the briefing calls the collection. */
    public String collectionName() {
        Path name = input.getFileName();
        return name == null ? input.toString() : name.toString();
    }

    /** The folder this run's files go into: {@code <output>/<collection>-<run date>[-<from>_<to>]}. */
    public Path briefingFolder() {
        String period = from == null && to == null ? "" : "-" + (from == null ? "start" : from) + "_" + (to == null ? "end" : to);
        return output.resolve(dev.briefing.render.OutputFiles.sanitize(collectionName() + "-" + runDate + period));
    }
}
