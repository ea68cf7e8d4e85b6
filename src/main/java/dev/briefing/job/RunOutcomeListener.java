package dev.briefing.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Gives a finished run an exit status that says whether inputs were skipped: a run that completed
 * with skips must not look like a clean one to a scheduler or a script.
 */
class RunOutcomeListener implements JobExecutionListener {

    static final String COMPLETED_WITH_SKIPS = "COMPLETED_WITH_SKIPS";

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        long skips = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getSkipCount).sum();
        if (skips > 0) {
            jobExecution.setExitStatus(new ExitStatus(COMPLETED_WITH_SKIPS, skips + " inputs skipped"));
        }
    }
}
