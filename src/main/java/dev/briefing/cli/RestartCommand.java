package dev.briefing.cli;

import dev.briefing.job.BriefingRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code briefing restart <id>}: finishes a failed or interrupted run where it stopped. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a failed or interrupted run where it stopped (steps that finished are not repeated, no article is"
                + " stored twice, no email sent twice). The same as running the same 'briefing run' command again.")
public class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution id of the run (as 'briefing runs' lists it).")
    long executionId;

    private final BriefingRunner runner;
    private final RunSummary summary;

    public RestartCommand(BriefingRunner runner, RunSummary summary) {
        this.runner = runner;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        try {
            return summary.printAndExitCode(spec.commandLine().getOut(), runner.restart(executionId));
        } catch (BriefingRunner.RunInProgressException busy) {
            spec.commandLine().getErr().println(busy.getMessage());
            return ExitCodes.BUSY;
        } catch (IllegalArgumentException unknown) {
            spec.commandLine().getErr().println("error: " + unknown.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
