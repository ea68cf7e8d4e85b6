package dev.briefing.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Shows how far the current step of a run has got ("ingest: 1,234 of 5,000 files"). On a
 * terminal it is one line redrawn in place on standard error; otherwise (a log file, cron, a
 * pipe) it degrades to a log line every few seconds and one at the end, so logs stay readable.
 * Several workers of a partitioned step report into the same task.
 */
@Component
public class ProgressDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressDisplay.class);
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LOG_NANOS = 2_000_000_000L;
    private static final int BAR_WIDTH = 24;

    /** How progress is shown: {@code auto} picks the bar on a terminal and log lines elsewhere. */
    public enum Mode {
        BAR, LOG, NONE;

        static Mode parse(String value, boolean terminal) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "", "auto" -> terminal ? BAR : LOG;
                case "bar" -> BAR;
                case "log" -> LOG;
                case "none", "off" -> NONE;
                default -> throw new IllegalArgumentException("briefing.progress must be auto, bar, log or none, not '" + value + "'");
            };
        }
    }

    private final Mode mode;
    private final PrintStream terminal;
    private final LongSupplier nanoClock;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    @Autowired
    public ProgressDisplay(@Value("${briefing.progress:auto}") String mode) {
        this(Mode.parse(mode, System.console() != null), System.err, System::nanoTime);
    }

    ProgressDisplay(Mode mode, PrintStream terminal, LongSupplier nanoClock) {
        this.mode = mode;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
    }

    /** The progress of a step, created when a first worker reports into it. */
    public Task task(String step, String unit) {
        return tasks.computeIfAbsent(step, name -> new Task(name, unit));
    }

    /** Ends a step's progress with a last report. */
    public void finish(String step) {
        Task task = tasks.remove(step);
        if (task != null) {
            task.finish();
        }
    }

    /** One step's progress: a total that workers add to as they find their share, and the count done. */
    public final class Task {

        private final String step;
        private final String unit;
        private long total;
        private long done;
        private String current = "";
        private long lastShown = Long.MIN_VALUE;
        private int sharesExpected;
        private int shares;
        private final long started;

        private Task(String step, String unit) {
            this.step = step;
            this.unit = unit;
            this.started = nanoClock.getAsLong();
        }

        /**
         * Says that {@code count} workers will each add their share of the total. A log line,
         * which cannot be redrawn, then waits until they all have ("0 of 4 files" where the second
         * worker's file makes 5), or one log interval at most: a restarted step runs only the
         * workers that had not finished.
         */
        public synchronized void expectShares(int count) {
            sharesExpected = count;
        }

        public synchronized void addTotal(long count) {
            total += count;
            shares++;
            show(false);
        }

        public synchronized void advance(String item) {
            done++;
            current = item;
            show(false);
        }

        /** Sets how many are done when the count comes from elsewhere (a step's read count). */
        public synchronized void doneSoFar(long count) {
            done = count;
            show(false);
        }

        private synchronized void finish() {
            show(true);
            if (mode == Mode.BAR) {
                terminal.println();
                terminal.flush();
            }
        }

        private void show(boolean last) {
            long now = nanoClock.getAsLong();
            long interval = mode == Mode.BAR ? REDRAW_NANOS : LOG_NANOS;
            if (mode == Mode.NONE || (!last && lastShown != Long.MIN_VALUE && now - lastShown < interval)) {
                return;
            }
            if (mode == Mode.LOG && !last && shares < sharesExpected && now - started < LOG_NANOS) {
                return;
            }
            lastShown = now;
            if (mode == Mode.BAR) {
                terminal.print("\r" + barLine() + "\u001B[K");
                terminal.flush();
            } else if (last || total > 0) {
                LOG.info("{}", logLine());
            }
        }

        String logLine() {
            String line = String.format(Locale.ROOT, "%s: %,d of %,d %s (%d%%)", step, done, total, unit, percent());
            return current.isEmpty() ? line : line + ", last " + current;
        }

        String barLine() {
            int filled = (int) (BAR_WIDTH * percent() / 100);
            return String.format(Locale.ROOT, "%-7s [%s%s] %,d/%,d %s %3d%%", step, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                    done, total, unit, percent());
        }

        private long percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }
    }
}
