package dev.briefing.cli;

import dev.briefing.TestFolders;
import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

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

    private Console console;

    @BeforeEach
    void console() {
        console = new Console(briefing);
    }

    @Test
    void theScheduleSaysWhenAndInWhichZoneItRunsThenRuns() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("seeds"));

        int exit = console.run("schedule", "--input", input.toString(), "--output", work.resolve("out").toString(), "--cron", "*/2 * * * * *",
                "--zone", "Europe/Paris", "--window", "P1M", "--runs", "1", "--formats", "html");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("Scheduled runs on " + input + ": \"*/2 * * * * *\" in Europe/Paris, each covering P1M up to its slot.")
                .containsPattern("Next run at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d[02468] \\+0[12]:00 \\(Europe/Paris\\)")
                .containsPattern("Run of .*:\\RRun \\d+ of job instance \\d+: COMPLETED")
                .contains("briefing.html");
    }

    @Test
    void aWrongScheduleIsBadUsage() {
        assertThat(console.run("schedule", "--cron", "every morning")).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("invalid schedule");
        assertThat(console.run("schedule", "--zone", "Mars/Olympus")).isEqualTo(ExitCodes.USAGE);
        assertThat(console.run("schedule", "--window", "P0D")).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("--window must be a positive period");
    }
}
