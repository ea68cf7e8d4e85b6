package dev.briefing.job;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Starts and restarts {@code briefingJob}, one run per input folder at a time. Starting a run
 * whose earlier attempt failed restarts that attempt where it stopped; starting one that already
 * completed does not run it again but reports the finished run. A run whose process was killed
 * is still marked as running in the job repository; holding the folder's {@link RunLock} proves
 * its process is gone, so it is marked failed (Spring Batch's "recover") and can be restarted.
 */
@Service
public class BriefingRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;
    private final RunLock runLock;

    public BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob, RunLock runLock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.runLock = runLock;
    }

    /**
     * How a launch ended: the execution that ran, or the earlier one that had already completed,
     * and the executions found interrupted (killed) and marked failed before it.
     */
    public record Launch(JobExecution execution, boolean alreadyComplete, List<Long> recovered) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }

        public boolean completedWithSkips() {
            return completed() && RunOutcomeListener.COMPLETED_WITH_SKIPS.equals(execution.getExitStatus().getExitCode());
        }
    }

    /** Another run on the same input folder is going on now. */
    public static final class RunInProgressException extends Exception {

        public RunInProgressException(String message) {
            super(message);
        }
    }

    public Launch run(RunParameters parameters) throws RunInProgressException, JobExecutionAlreadyRunningException,
            JobRestartException, InvalidJobParametersException {
        Path input = parameters.input();
        try (RunLock.Held held = lock(input)) {
            List<Long> recovered = recoverInterrupted(input);
            try {
                return new Launch(jobOperator.start(briefingJob, parameters.toJobParameters()), false, recovered);
            } catch (JobInstanceAlreadyCompleteException e) {
                JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, parameters.toJobParameters());
                return new Launch(jobRepository.getLastJobExecution(instance), true, recovered);
            }
        }
    }

    /** Restarts a failed (or interrupted) run where it stopped. */
    public Launch restart(long executionId) throws RunInProgressException, JobRestartException {
        JobExecution execution = execution(executionId)
                .orElseThrow(() -> new IllegalArgumentException("there is no run with execution id " + executionId));
        Path input = RunParameters.inputOf(execution.getJobParameters())
                .orElseThrow(() -> new IllegalArgumentException("execution " + executionId + " is not a briefing run"));
        try (RunLock.Held held = lock(input)) {
            List<Long> recovered = recoverInterrupted(input);
            JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
            if (latest.getStatus() == BatchStatus.COMPLETED) {
                return new Launch(latest, true, recovered);
            }
            return new Launch(jobOperator.restart(latest), false, recovered);
        }
    }

    /** A run with its steps, as the job repository holds it. */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.ofNullable(jobRepository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException noSuchExecution) {
            // The JDBC job repository of Spring Batch 6 throws where its contract says it returns null.
            return Optional.empty();
        }
    }

    /** The latest runs, newest first, optionally only those on one input folder. */
    public List<JobExecution> latestRuns(Optional<Path> input, int limit) {
        return jobRepository.getJobInstances(BriefingJobConfiguration.JOB_NAME, 0, Integer.MAX_VALUE).stream()
                .flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
                .filter(execution -> input.isEmpty() || input.equals(RunParameters.inputOf(execution.getJobParameters())))
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * A run's state for people: its exit code once it ended; while the job repository says it is
     * running, "RUNNING" if its folder's lock is held, else "INTERRUPTED" (its process was killed).
     */
    public String state(JobExecution execution) {
        if (!execution.isRunning()) {
            return execution.getExitStatus().getExitCode();
        }
        Optional<Path> input = RunParameters.inputOf(execution.getJobParameters());
        Optional<RunLock.Held> held = input.flatMap(folder -> runLock.tryAcquire(lockKey(folder)));
        held.ifPresent(RunLock.Held::close);
        return held.isPresent() ? "INTERRUPTED" : "RUNNING";
    }

    public List<JobExecution> executionsOf(JobInstance instance) {
        return jobRepository.getJobExecutions(instance);
    }

    private RunLock.Held lock(Path input) throws RunInProgressException {
        Optional<RunLock.Held> held = runLock.tryAcquire(lockKey(input));
        if (held.isEmpty()) {
            String running = running(input).stream()
                    .map(execution -> "execution " + execution.getId() + ", started " + execution.getStartTime())
                    .findFirst().orElse("starting");
            throw new RunInProgressException("another run on " + input + " is going on now (" + running + "); not starting a second one");
        }
        return held.get();
    }

    /** Runs of the folder still marked as running: with the folder's lock held, their process is gone. */
    private List<Long> recoverInterrupted(Path input) {
        return running(input).stream().map(execution -> {
            LOG.warn("execution {} of {} was interrupted (its process ended without finishing it): marking it failed so it can be restarted",
                    execution.getId(), input);
            jobOperator.recover(jobRepository.getJobExecution(execution.getId()));
            return execution.getId();
        }).sorted().toList();
    }

    private List<JobExecution> running(Path input) {
        return jobRepository.findRunningJobExecutions(BriefingJobConfiguration.JOB_NAME).stream()
                .filter(execution -> RunParameters.inputOf(execution.getJobParameters()).filter(input::equals).isPresent())
                .sorted(Comparator.comparingLong(JobExecution::getId))
                .toList();
    }

    /** A short key per input folder, whatever its path's length. */
    static String lockKey(Path input) {
        return "input " + HexFormat.of().formatHex(DigestUtils.sha256(input.toString()), 0, 16);
    }
}
