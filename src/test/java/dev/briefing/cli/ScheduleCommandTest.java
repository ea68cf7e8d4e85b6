package dev.briefing.cli;

import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code briefing schedule} as a user starts it: it says when it runs, in which zone, and runs. */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.zone=UTC", "briefing.progress=none"})
class ScheduleCommandTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "schedule");
    }

    @Autowired
    BriefingCommandLine briefing;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = briefing.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theScheduleSaysWhenAndInWhichZoneItRunsThenRuns() throws Exception {
        Path input = Files.createDirectories(work.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, input.resolve(seed.getFileName()));
            }
        }

        int exit = run("schedule", "--input", input.toString(), "--output", work.resolve("out").toString(), "--cron", "*/2 * * * * *",
                "--zone", "Europe/Paris", "--window", "P1M", "--runs", "1", "--formats", "html");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(out.toString()).contains("Scheduled runs on " + input + ": \"*/2 * * * * *\" in Europe/Paris, each covering P1M up to its slot.")
                .containsPattern("Next run at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d[02468] \\+0[12]:00 \\(Europe/Paris\\)")
                .containsPattern("Run of .*:\\RRun \\d+ of job instance \\d+: COMPLETED")
                .contains("briefing.html");
    }

    @Test
    void aWrongScheduleIsBadUsage() {
        assertThat(run("schedule", "--cron", "every morning")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("invalid schedule");
        assertThat(run("schedule", "--zone", "Mars/Olympus")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("schedule", "--window", "P0D")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--window must be a positive period");
    }
}
