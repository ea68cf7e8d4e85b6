package dev.briefing.cli;

import dev.briefing.ingest.InputIssue;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunOutcomeListener;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code briefing show <id>}: one run in full, and for a failed one, why it failed. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one run: its parameters, each step with its counts, why it failed (if it did), the inputs it skipped and"
                + " the files it wrote.")
public class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The execution id (as 'briefing runs' lists it).")
    long executionId;

    private final BriefingRunner runner;
    private final InputIssueStore issues;

    public ShowCommand(BriefingRunner runner, InputIssueStore issues) {
        this.runner = runner;
        this.issues = issues;
    }

    @Override
    public Integer call() {
        JobExecution run = runner.execution(executionId)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "there is no run with execution id " + executionId));
        PrintWriter out = spec.commandLine().getOut();
        String state = runner.state(run);
        out.printf("Execution %d (job instance %d): %s%n", run.getId(), run.getJobInstance().getInstanceId(), state);
        out.printf("  started %s, took %s%n", RunFacts.started(run), RunFacts.took(run));
        out.println("  parameters: " + run.getJobParameters().parameters().stream()
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(", ")));
        out.println("Steps:");
        List<StepExecution> steps = run.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId)).toList();
        for (StepExecution step : steps) {
            out.printf("  %-26s %-10s read %d, written %d, skipped %d%n", step.getStepName(), step.getStatus(), step.getReadCount(),
                    step.getWriteCount(), step.getSkipCount());
        }
        if ("INTERRUPTED".equals(state) || RunOutcomeListener.failureOf(run).isEmpty() && run.getStatus().isUnsuccessful()) {
            out.println("Why it stopped: its process ended without finishing it (killed, or the machine went down).");
        }
        RunOutcomeListener.failureOf(run).ifPresent(reasons -> {
            out.printf("Why it failed (in %s):%n", steps.stream().filter(step -> step.getStatus() == BatchStatus.FAILED)
                    .map(StepExecution::getStepName).collect(Collectors.joining(", ")));
            reasons.lines().forEach(reason -> out.println("  " + reason));
        });
        List<InputIssue> runIssues = issues.forRun(run.getJobInstance().getInstanceId());
        if (!runIssues.isEmpty()) {
            out.printf("Inputs skipped or repaired (%d):%n", runIssues.size());
            runIssues.forEach(issue -> out.printf("  - %s %s: %s%n", issue.severity().name().toLowerCase(), issue.sourceKey(), issue.reason()));
        }
        List<java.nio.file.Path> outputs = RunFacts.outputs(run);
        out.println(outputs.isEmpty() ? "No briefing written." : "Wrote:");
        outputs.forEach(file -> out.println("  " + file));
        if ("FAILED".equals(state) || "INTERRUPTED".equals(state)) {
            out.printf("To finish it: briefing restart %d%n", run.getId());
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
