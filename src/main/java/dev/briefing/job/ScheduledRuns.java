package dev.briefing.job;

import dev.briefing.ingest.InputDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the briefing job on a cron schedule, one slot after another on one thread, so that a
 * scheduler never starts a run while its own previous one is going; the {@link RunLock} keeps
 * other processes from doubling it. Each slot is a run of its own (the slot time identifies it),
 * incremental (only new and changed files are read), covering the window before the slot, with
 * "since the last briefing" relative to the previous briefing. Slots missed while a run went on
 * are skipped, not run late in a burst.
 */
@Service
public class ScheduledRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);
    private static final Set<String> UNFINISHED = Set.of("FAILED", "INTERRUPTED", "STOPPED", "UNKNOWN");

    private final BriefingRunner runner;
    private final Clock clock;

    @Autowired
    public ScheduledRuns(BriefingRunner runner) {
        this(runner, Clock.systemUTC());
    }

    ScheduledRuns(BriefingRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * When and what: a Spring cron expression (second minute hour day month weekday), the zone it
     * is read in, and how many days before each slot its briefing covers.
     */
    public record Schedule(CronExpression cron, ZoneId zone, Period window) {

        public ZonedDateTime nextAfter(ZonedDateTime time) {
            ZonedDateTime next = cron.next(time.withZoneSameInstant(zone));
            if (next == null) {
                throw new IllegalStateException("the cron expression " + cron + " has no next time");
            }
            return next;
        }
    }

    /** Told what the scheduler does, for the command line to print. */
    public interface Reporter {

        void waitingFor(ZonedDateTime slot);

        void launched(ZonedDateTime slot, BriefingRunner.Launch launch);

        void busy(ZonedDateTime slot, String reason);
    }

    /**
     * Runs slots until {@code maxRuns} runs were launched (or forever when it is 0), first
     * finishing the folder's latest scheduled run if it failed or was killed. Returns the last launch.
     */
    public Optional<BriefingRunner.Launch> run(Schedule schedule, RunOptions options, int maxRuns, Reporter reporter) throws Exception {
        Optional<BriefingRunner.Launch> last = resumeUnfinished(options, reporter);
        int launched = 0;
        ZonedDateTime after = ZonedDateTime.now(clock);
        while (maxRuns == 0 || launched < maxRuns) {
            ZonedDateTime slot = schedule.nextAfter(after);
            reporter.waitingFor(slot);
            sleepUntil(slot);
            ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(schedule.zone());
            try {
                BriefingRunner.Launch launch = runner.run(parameters(schedule, options, slot, now));
                reporter.launched(slot, launch);
                last = Optional.of(launch);
                launched++;
            } catch (BriefingRunner.RunInProgressException busy) {
                reporter.busy(slot, busy.getMessage());
            }
            ZonedDateTime finished = ZonedDateTime.now(clock);
            long missed = countSlots(schedule, slot, finished);
            if (missed > 0) {
                LOG.warn("skipped {} scheduled slots that passed while the run of {} went on", missed, slot);
            }
            after = finished.isAfter(slot) ? finished : slot;
        }
        return last;
    }

    static RunParameters parameters(Schedule schedule, RunOptions options, ZonedDateTime slot, ZonedDateTime now) {
        LocalDate day = slot.toLocalDate();
        LocalDate from = day.minus(schedule.window()).plusDays(1);
        return new RunParameters(options, from, day, day, Optional.of(slot), InputDigest.of(options.input()), now);
    }

    private Optional<BriefingRunner.Launch> resumeUnfinished(RunOptions options, Reporter reporter) throws Exception {
        Optional<JobExecution> latest = runner.latestRuns(Optional.of(options.input()), 1).stream().findFirst();
        if (latest.isEmpty() || RunParameters.of(latest.get().getJobParameters()).slot().isEmpty()
                || !UNFINISHED.contains(runner.state(latest.get()))) {
            return Optional.empty();
        }
        ZonedDateTime slot = RunParameters.of(latest.get().getJobParameters()).slot().get();
        LOG.info("the scheduled run of {} did not finish (execution {}): restarting it first", slot, latest.get().getId());
        try {
            BriefingRunner.Launch launch = runner.restart(latest.get().getId());
            reporter.launched(slot, launch);
            return Optional.of(launch);
        } catch (BriefingRunner.RunInProgressException busy) {
            reporter.busy(slot, busy.getMessage());
            return Optional.empty();
        }
    }

    private static long countSlots(Schedule schedule, ZonedDateTime after, ZonedDateTime until) {
        long count = 0;
        for (ZonedDateTime next = schedule.nextAfter(after); !next.isAfter(until); next = schedule.nextAfter(next)) {
            count++;
        }
        return count;
    }

    private void sleepUntil(ZonedDateTime slot) throws InterruptedException {
        Duration wait = Duration.between(ZonedDateTime.now(clock), slot);
        while (!wait.isNegative() && !wait.isZero()) {
            Thread.sleep(Math.max(1, wait.toMillis()));
            wait = Duration.between(ZonedDateTime.now(clock), slot);
        }
    }
}
