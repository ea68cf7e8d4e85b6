package dev.briefing.cli;

import dev.briefing.ingest.InputDigest;
import dev.briefing.job.BriefingProperties;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunOptions;
import dev.briefing.job.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code briefing run}: runs the job now on a folder of articles and prints what it did. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read the articles in a folder and write a chronological briefing (HTML and PDF). Running the same command"
                + " again restarts a run that failed or was killed, where it stopped.")
public class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptionsMixin options;

    @Option(names = "--from", description = "First day of the period covered (yyyy-mm-dd; default: the earliest article).")
    LocalDate from;

    @Option(names = "--to", description = "Last day of the period covered (yyyy-mm-dd; default: the latest article).")
    LocalDate to;

    @Option(names = "--run-date", description = "The run's date, which identifies it (default: today). Dates after it are refused as implausible.")
    LocalDate runDate;

    @Option(names = "--produced-at", description = "The production time printed in the briefing and its PDF metadata (ISO-8601, e.g."
            + " 2026-11-23T06:00:00Z; default: now). Fixing it makes the PDF byte-for-byte reproducible.")
    OffsetDateTime producedAt;

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
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        RunOptions chosen = options.toOptions(spec);
        ZonedDateTime now = producedAt != null ? producedAt.atZoneSameInstant(properties.zoneId()) : ZonedDateTime.now(properties.zoneId());
        RunParameters parameters = new RunParameters(chosen, from, to, runDate != null ? runDate : now.toLocalDate(), Optional.empty(),
                InputDigest.of(chosen.input()), now);
        try {
            return summary.printAndExitCode(spec.commandLine().getOut(), runner.run(parameters));
        } catch (BriefingRunner.RunInProgressException busy) {
            spec.commandLine().getErr().println(busy.getMessage());
            return ExitCodes.BUSY;
        }
    }
}
