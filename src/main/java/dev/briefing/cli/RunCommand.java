package dev.briefing.cli;

import dev.briefing.briefing.TimeframeUnit;
import dev.briefing.ingest.InputDigest;
import dev.briefing.job.BriefingProperties;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunParameters;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.render.PaperSize;
import dev.briefing.render.TemplateFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code briefing run}: runs the job now on a folder of articles and prints what it did. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read the articles in a folder and write a chronological briefing (HTML and PDF).")
public class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "seeds", description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", defaultValue = "output", description = "Folder the briefing is written into (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--from", description = "First day of the period covered (yyyy-mm-dd; default: the earliest article).")
    LocalDate from;

    @Option(names = "--to", description = "Last day of the period covered (yyyy-mm-dd; default: the latest article).")
    LocalDate to;

    @Option(names = "--timeframe", defaultValue = "month",
            description = "Timeframes inside a thread: day, week, month or auto (rounds split where coverage pauses); default: ${DEFAULT-VALUE}.")
    String timeframe;

    @Option(names = "--profile", description = "Thread profile (YAML); default: threads.yaml in the input folder, if present.")
    Path profile;

    @Option(names = "--templates", defaultValue = "report-templates", description = "Template folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--paper", defaultValue = "a4", description = "PDF paper size: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--run-date", description = "The run's date, which identifies it (default: today). Dates after it are refused as implausible.")
    LocalDate runDate;

    @Option(names = "--produced-at", description = "The production time printed in the briefing and its PDF metadata (ISO-8601, e.g."
            + " 2026-11-23T06:00:00Z; default: now). Fixing it makes the PDF byte-for-byte reproducible.")
    java.time.OffsetDateTime producedAt;

    private final BriefingRunner runner;
    private final BriefingProperties properties;
    private final RunSummary summary;

    public RunCommand(BriefingRunner runner, BriefingProperties properties, RunSummary summary) {
        this.runner = runner;
        this.properties = properties;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        RunParameters parameters = parameters();
        BriefingRunner.Launch launch = runner.run(parameters);
        summary.print(spec.commandLine().getOut(), launch);
        if (!launch.completed()) {
            return ExitCodes.FAILED;
        }
        return launch.completedWithSkips() ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.DONE;
    }

    private RunParameters parameters() {
        Path inputFolder = input.toAbsolutePath().normalize();
        if (!Files.isDirectory(inputFolder)) {
            throw new ParameterException(spec.commandLine(), "--input " + input + " is not a folder");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        TimeframeUnit unit;
        PaperSize paperSize;
        try {
            unit = TimeframeUnit.parse(timeframe);
            paperSize = PaperSize.parse(paper);
            new TemplateFolder(templates).validate();
            Optional<Path> profileFile = Optional.ofNullable(profile).map(p -> p.toAbsolutePath().normalize());
            new ThreadProfileLoader().load(ThreadProfileLoader.resolve(profileFile, inputFolder));
            ZonedDateTime now = producedAt != null ? producedAt.atZoneSameInstant(properties.zoneId()) : ZonedDateTime.now(properties.zoneId());
            return new RunParameters(inputFolder, output.toAbsolutePath().normalize(), from, to, unit, profileFile,
                    templates.toAbsolutePath().normalize(), paperSize, runDate != null ? runDate : now.toLocalDate(),
                    InputDigest.of(inputFolder), now);
        } catch (IllegalArgumentException | TemplateFolder.InvalidTemplateFolderException | ThreadProfileLoader.InvalidProfileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
