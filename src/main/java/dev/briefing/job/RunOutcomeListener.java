package dev.briefing.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Gives a finished run an exit status that says whether inputs were skipped (a run that completed
 * with skips must not look like a clean one to a scheduler or a script) and, for a failed run,
 * keeps why it failed in a sentence or two: the job repository keeps only a truncated stack
 * trace, whose causes are cut off, and people need the causes.
 */
public class RunOutcomeListener implements JobExecutionListener {

    static final String COMPLETED_WITH_SKIPS = "COMPLETED_WITH_SKIPS";
    private static final String FAILURE = "run.failure";

    private final JobRepository jobRepository;

    RunOutcomeListener(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            long skips = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getSkipCount).sum();
            if (skips > 0) {
                jobExecution.setExitStatus(new ExitStatus(COMPLETED_WITH_SKIPS, skips + " inputs skipped"));
            }
            return;
        }
        Set<String> reasons = new LinkedHashSet<>();
        jobExecution.getAllFailureExceptions().forEach(error -> reasons.add(messageChain(error)));
        if (!reasons.isEmpty()) {
            jobExecution.getExecutionContext().putString(FAILURE, String.join("\n", reasons));
            jobRepository.updateExecutionContext(jobExecution);
        }
    }

    /** Why a run failed, one line per error with its causes, if it failed in a way the job saw. */
    public static Optional<String> failureOf(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().get(FAILURE, String.class));
    }

    /** An error and its causes as one line, each message once. */
    static String messageChain(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
