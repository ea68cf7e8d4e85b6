package dev.briefing.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Starts {@code briefingJob} for a set of run parameters. Starting a run whose earlier attempt
 * failed restarts that attempt where it stopped; starting one that already completed does not run
 * it again but reports the finished run.
 */
@Service
public class BriefingRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;

    public BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
    }

    /** How a launch ended: the execution that ran, or the earlier one that had already completed. */
    public record Launch(JobExecution execution, boolean alreadyComplete) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }

        public boolean completedWithSkips() {
            return completed() && RunOutcomeListener.COMPLETED_WITH_SKIPS.equals(execution.getExitStatus().getExitCode());
        }
    }

    public Launch run(RunParameters parameters) throws JobExecutionAlreadyRunningException, JobRestartException,
            InvalidJobParametersException {
        try {
            return new Launch(jobOperator.start(briefingJob, parameters.toJobParameters()), false);
        } catch (JobInstanceAlreadyCompleteException e) {
            JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, parameters.toJobParameters());
            return new Launch(jobRepository.getLastJobExecution(instance), true);
        }
    }

    public List<JobExecution> executionsOf(JobInstance instance) {
        return jobRepository.getJobExecutions(instance);
    }
}
