package dev.briefing.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class ProgressDisplayTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    private ProgressDisplay display(ProgressDisplay.Mode mode) {
        return new ProgressDisplay(mode, new PrintStream(terminal, true, StandardCharsets.UTF_8), nanos::get);
    }

    private String shown() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAtMostTenTimesASecond() {
        ProgressDisplay display = display(ProgressDisplay.Mode.BAR);
        ProgressDisplay.Task task = display.task("ingest", "files");
        task.addTotal(3);
        task.addTotal(1);
        nanos.addAndGet(200_000_000L);
        task.advance("a.txt");
        task.advance("b.txt");
        display.finish("ingest");

        String[] redraws = shown().split("\r");
        assertThat(redraws).as("first draw, one after 200 ms, the last; not one per file").hasSize(4);
        assertThat(redraws[2]).startsWith("ingest  [######..................] 1/4 files  25%");
        assertThat(redraws[3]).startsWith("ingest  [############............] 2/4 files  50%").endsWith("\u001B[K" + System.lineSeparator());
    }

    @Test
    void workersOfOneStepAddUpAndTheStepEndsWithALastReport() {
        ProgressDisplay display = display(ProgressDisplay.Mode.LOG);
        display.task("ingest", "files").addTotal(2);
        display.task("ingest", "files").addTotal(3);
        display.task("ingest", "files").advance("x.csv");

        assertThat(display.task("ingest", "files").logLine()).isEqualTo("ingest: 1 of 5 files (20%), last x.csv");
        display.finish("ingest");
        assertThat(display.task("ingest", "files").logLine()).as("a finished step starts afresh").isEqualTo("ingest: 0 of 0 files (100%)");
        assertThat(shown()).as("log mode writes through the log, never redraws the terminal").isEmpty();
    }

    @Test
    void aLogWaitsForEveryWorkersShareBeforeItsFirstLine(CapturedOutput output) {
        ProgressDisplay display = display(ProgressDisplay.Mode.LOG);
        display.task("ingest", "files").expectShares(2);
        display.task("ingest", "files").addTotal(4);
        display.task("ingest", "files").addTotal(1);

        assertThat(ingestLines(output)).containsExactly("ingest: 0 of 5 files (0%)");
    }

    @Test
    void aRestartedStepsLogWaitsForTheWorkersThatRunAgainNoLongerThanOneInterval(CapturedOutput output) {
        ProgressDisplay display = display(ProgressDisplay.Mode.LOG);
        display.task("ingest", "files").expectShares(2);
        display.task("ingest", "files").addTotal(3);
        display.task("ingest", "files").advance("a.jsonl");
        nanos.addAndGet(2_100_000_000L);
        display.task("ingest", "files").advance("b.jsonl");

        assertThat(ingestLines(output)).containsExactly("ingest: 2 of 3 files (66%), last b.jsonl");
    }

    private static java.util.List<String> ingestLines(CapturedOutput output) {
        return output.getAll().lines().filter(line -> line.contains("ingest: ")).map(line -> line.substring(line.indexOf("ingest: "))).toList();
    }

    @Test
    void autoPicksTheBarOnlyOnATerminal() {
        assertThat(ProgressDisplay.Mode.parse("auto", true)).isEqualTo(ProgressDisplay.Mode.BAR);
        assertThat(ProgressDisplay.Mode.parse("auto", false)).isEqualTo(ProgressDisplay.Mode.LOG);
        assertThat(ProgressDisplay.Mode.parse("none", true)).isEqualTo(ProgressDisplay.Mode.NONE);
        assertThatThrownBy(() -> ProgressDisplay.Mode.parse("fancy", true)).hasMessageContaining("auto, bar, log or none");
    }
}
