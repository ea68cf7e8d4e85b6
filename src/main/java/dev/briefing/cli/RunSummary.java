package dev.briefing.cli;

import dev.briefing.ingest.ArticleSourceReader;
import dev.briefing.ingest.InputIssue;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.job.BriefingRunner;
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

    public void print(PrintWriter out, BriefingRunner.Launch launch) {
        JobExecution execution = launch.execution();
        long instance = execution.getJobInstance().getInstanceId();
        if (launch.alreadyComplete()) {
            out.printf("This run (job instance %d, same input and options) already completed on %s; nothing was run again.%n",
                    instance, execution.getEndTime());
        } else {
            out.printf("Run %d of job instance %d: %s%n", execution.getId(), instance, execution.getExitStatus().getExitCode());
        }
        step(execution, "ingest").ifPresent(ingest -> out.printf("Read %d input files: %d articles stored, %d inputs skipped.%n",
                ingest.getExecutionContext().getInt(ArticleSourceReader.FILE_COUNT, 0), ingest.getWriteCount(), ingest.getSkipCount()));
        List<InputIssue> runIssues = issues.forRun(instance);
        printIssues(out, runIssues, InputIssue.Severity.SKIPPED, "Skipped");
        printIssues(out, runIssues, InputIssue.Severity.DEGRADED, "Repaired");
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(RenderBriefingTasklet.THREAD_LABELS)) {
            List<String> threads = context.getString(RenderBriefingTasklet.THREAD_LABELS).lines().toList();
            out.printf("Found %d negotiation threads and %d developments:%n", threads.size(), context.getInt(RenderBriefingTasklet.DEVELOPMENTS));
            threads.forEach(label -> out.println("  - " + label));
        }
        if (context.containsKey(RenderBriefingTasklet.PDF_PATH)) {
            out.println("Wrote:");
            out.println("  " + context.getString(RenderBriefingTasklet.HTML_PATH));
            out.println("  " + context.getString(RenderBriefingTasklet.PDF_PATH));
        }
        if (!launch.completed()) {
            out.println("The run failed:");
            execution.getAllFailureExceptions().forEach(error -> out.println("  " + rootMessage(error)));
            out.println("Start it again with the same options to restart it where it stopped.");
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

    private static Optional<StepExecution> step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }

    private static String rootMessage(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
