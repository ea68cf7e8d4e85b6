package dev.briefing.cli;

import dev.briefing.deliver.DeliverBriefingTasklet;
import dev.briefing.ingest.ArticleSourceReader;
import dev.briefing.ingest.InputIssue;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.job.BriefingJobConfiguration;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunOutcomeListener;
import dev.briefing.render.RenderBriefingTasklet;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The run summary printed after a run: what was read, what was skipped and why, the threads and
 * developments found, and the files written; for a failed run, why it failed.
 */
@Component
public class RunSummary {

    private final InputIssueStore issues;

    public RunSummary(InputIssueStore issues) {
        this.issues = issues;
    }

    /** Prints the summary of a launch and returns the exit code it stands for. */
    public int printAndExitCode(PrintWriter out, BriefingRunner.Launch launch) {
        print(out, launch);
        return exitCode(launch);
    }

    public int exitCode(BriefingRunner.Launch launch) {
        if (!launch.completed()) {
            return ExitCodes.FAILED;
        }
        return launch.completedWithSkips() ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.DONE;
    }

    public void print(PrintWriter out, BriefingRunner.Launch launch) {
        JobExecution execution = launch.execution();
        long instance = execution.getJobInstance().getInstanceId();
        launch.recovered().forEach(id -> out.printf("Execution %d had been interrupted (its process ended without finishing it);"
                + " it is marked failed and this run takes over where it stopped.%n", id));
        if (launch.alreadyComplete()) {
            out.printf("This run (job instance %d, same input and options) already completed on %s; nothing was run again.%n",
                    instance, execution.getEndTime());
        } else {
            out.printf("Run %d of job instance %d: %s%n", execution.getId(), instance, execution.getExitStatus().getExitCode());
        }
        step(execution, BriefingJobConfiguration.INGEST).ifPresent(ingest -> {
            out.printf("Read %d input files: %d articles stored, %d inputs skipped.%n",
                    workerTotal(execution, ArticleSourceReader.FILE_COUNT), ingest.getWriteCount(), ingest.getSkipCount());
            long unchanged = workerTotal(execution, ArticleSourceReader.UNCHANGED_COUNT);
            if (unchanged > 0) {
                out.printf("%d input files were unchanged since an earlier run and were not read again (their articles are included).%n",
                        unchanged);
            }
        });
        List<InputIssue> runIssues = issues.forRun(instance);
        printIssues(out, runIssues, InputIssue.Severity.SKIPPED, "Skipped");
        printIssues(out, runIssues, InputIssue.Severity.DEGRADED, "Repaired");
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(RenderBriefingTasklet.THREAD_LABELS)) {
            List<String> shown = context.getString(RenderBriefingTasklet.THREAD_LABELS).lines().toList();
            int threads = context.getInt(RenderBriefingTasklet.THREADS, shown.size());
            out.printf("Found %d negotiation threads and %d developments%s:%n", threads, context.getInt(RenderBriefingTasklet.DEVELOPMENTS),
                    threads > shown.size() ? "; the briefing details the latest, in " + (shown.size() == 1 ? "this thread" : "these " + shown.size() + " threads") : "");
            shown.forEach(label -> out.println("  - " + label));
        }
        List<String> written = java.util.stream.Stream.of(RenderBriefingTasklet.HTML_PATH, RenderBriefingTasklet.PDF_PATH,
                        RenderBriefingTasklet.SOURCES_PATH)
                .filter(context::containsKey).map(context::getString).toList();
        if (!written.isEmpty()) {
            out.println("Wrote:");
            written.forEach(file -> out.println("  " + file));
        }
        step(execution, BriefingJobConfiguration.DELIVER)
                .filter(deliver -> deliver.getExecutionContext().containsKey(DeliverBriefingTasklet.SUMMARY))
                .ifPresent(deliver -> out.println("Delivery: " + deliver.getExecutionContext().getString(DeliverBriefingTasklet.SUMMARY)));
        if (!launch.completed()) {
            out.println("The run failed:");
            RunOutcomeListener.failureOf(execution).ifPresent(reasons -> reasons.lines().forEach(reason -> out.println("  " + reason)));
            out.printf("Start it again with the same options, or 'briefing restart %d', to restart it where it stopped.%n", execution.getId());
        }
        out.flush();
    }

    private static void printIssues(PrintWriter out, List<InputIssue> issues, InputIssue.Severity severity, String heading) {
        List<InputIssue> selected = issues.stream().filter(i -> i.severity() == severity).toList();
        if (!selected.isEmpty()) {
            out.printf("%s (%d):%n", heading, selected.size());
            selected.forEach(issue -> out.printf("  - %s: %s%n", issue.sourceKey(), issue.reason()));
        }
    }

    /** A count summed over the ingest step's workers (each keeps its own in its context). */
    private static long workerTotal(JobExecution execution, String key) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(BriefingJobConfiguration.INGEST_FILES + ":"))
                .mapToLong(step -> step.getExecutionContext().getInt(key, 0))
                .sum();
    }

    private static Optional<StepExecution> step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }
}
