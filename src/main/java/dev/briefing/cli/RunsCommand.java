package dev.briefing.cli;

import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.springframework.batch.core.job.JobExecution;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code briefing runs}: past runs with their status and outputs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List past runs, newest first: execution id, status, start, duration, input folder and briefing written."
                + " 'briefing show <id>' tells more about one, 'briefing restart <id>' finishes a failed one.")
public class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", description = "Only runs on this input folder.")
    Path input;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int limit;

    private final BriefingRunner runner;

    public RunsCommand(BriefingRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JobExecution> runs = runner.latestRuns(Optional.ofNullable(input).map(p -> p.toAbsolutePath().normalize()), limit);
        if (runs.isEmpty()) {
            out.println(input == null ? "No runs yet." : "No runs on " + input.toAbsolutePath().normalize() + " yet.");
        } else {
            out.printf("%6s  %-22s  %-19s  %8s  %s%n", "ID", "STATUS", "STARTED", "TOOK", "INPUT -> BRIEFING");
            for (JobExecution run : runs) {
                out.printf("%6d  %-22s  %-19s  %8s  %s -> %s%n", run.getId(), runner.state(run), RunFacts.started(run), RunFacts.took(run),
                        RunParameters.inputOf(run.getJobParameters()).map(Path::toString).orElse("?"),
                        RunFacts.outputs(run).stream().findFirst().map(Path::getParent).map(Path::toString).orElse("(none)"));
            }
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
