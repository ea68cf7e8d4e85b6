package dev.briefing.cli;

import dev.briefing.job.BriefingProperties;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunOptions;
import dev.briefing.job.ScheduledRuns;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code briefing schedule}: stays up and runs the job on a cron schedule, each run incremental
 * and covering the window before its slot.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Stay up and run the job on a cron schedule (default: briefing.schedule.cron, every weekday at 06:00). Each run"
                + " reads only new and changed articles and covers the window before its slot (default: 7 days). A run still going"
                + " is never started twice; a scheduled run that was killed is finished first.")
public class ScheduleCommand implements Callable<Integer> {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx '('VV')'");

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptionsMixin options;

    @Option(names = "--cron", description = "When to run: a cron expression, second minute hour day month weekday"
            + " (e.g. \"0 0 6 * * MON-FRI\"; default: briefing.schedule.cron).")
    String cron;

    @Option(names = "--zone", description = "The time zone the cron expression is read in (e.g. Europe/Paris; default: briefing.schedule.zone,"
            + " else briefing.zone, else the machine's).")
    String zone;

    @Option(names = "--window", description = "How much each briefing covers, up to its slot, as an ISO period (e.g. P7D, P1M;"
            + " default: briefing.schedule.window).")
    String window;

    @Option(names = "--runs", defaultValue = "0", description = "Stop after this many runs (default: 0, never).")
    int runs;

    private final ScheduledRuns scheduledRuns;
    private final BriefingProperties properties;
    private final RunSummary summary;

    public ScheduleCommand(ScheduledRuns scheduledRuns, BriefingProperties properties, RunSummary summary) {
        this.scheduledRuns = scheduledRuns;
        this.properties = properties;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        RunOptions chosen = options.toOptions(spec);
        ScheduledRuns.Schedule schedule = schedule();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Scheduled runs on %s: \"%s\" in %s, each covering %s up to its slot.%n", chosen.input(), schedule.cron(),
                schedule.zone(), schedule.window());
        out.flush();
        Optional<BriefingRunner.Launch> last = scheduledRuns.run(schedule, chosen, runs, new ScheduledRuns.Reporter() {
            @Override
            public void waitingFor(ZonedDateTime slot) {
                out.printf("Next run at %s.%n", SLOT.format(slot));
                out.flush();
            }

            @Override
            public void launched(ZonedDateTime slot, BriefingRunner.Launch launch) {
                out.printf("Run of %s:%n", SLOT.format(slot));
                summary.print(out, launch);
            }

            @Override
            public void busy(ZonedDateTime slot, String reason) {
                out.printf("Run of %s not started: %s%n", SLOT.format(slot), reason);
                out.flush();
            }
        });
        return last.map(launch -> summary.exitCode(launch)).orElse(ExitCodes.DONE);
    }

    private ScheduledRuns.Schedule schedule() {
        String expression = cron != null ? cron : properties.schedule().cron();
        try {
            ZoneId zoneId = zone != null ? ZoneId.of(zone) : properties.scheduleZoneId();
            Period period = window != null ? Period.parse(window) : properties.schedule().window();
            if (period.isNegative() || period.isZero()) {
                throw new ParameterException(spec.commandLine(), "--window must be a positive period, not " + period);
            }
            return new ScheduledRuns.Schedule(CronExpression.parse(expression), zoneId, period);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "invalid schedule: " + e.getMessage(), e);
        }
    }
}
