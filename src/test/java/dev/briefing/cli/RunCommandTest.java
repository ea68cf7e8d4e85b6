package dev.briefing.cli;

import dev.briefing.TestFolders;
import dev.briefing.ingest.ScratchDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code briefing run} as a user meets it: its summary and its exit codes. */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.zone=UTC"})
class RunCommandTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "cli");
    }

    @Autowired
    BriefingCommandLine briefing;

    private Console console;

    @BeforeEach
    void console() {
        console = new Console(briefing);
    }

    @Test
    void aCleanRunExitsZeroAndPrintsWhatItDid() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("clean/seeds"));

        int exit = console.run("run", "--input", input.toString(), "--output", work.resolve("clean/out").toString(), "--run-date", "2026-11-23");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(console.out())
                .contains("Read 5 input files: 5 articles stored, 0 inputs skipped.")
                .contains("Found 3 negotiation threads and 6 developments:")
                .contains("  - Turkey's channel to Hamas")
                .contains(work.resolve("clean/out/seeds-2026-11-23/briefing.pdf").toString())
                .contains(work.resolve("clean/out/seeds-2026-11-23/sources.csv").toString());
    }

    @Test
    void runningACompletedRunAgainReportsItInsteadOfRepeatingIt() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("again/seeds"));
        String[] args = {"run", "--input", input.toString(), "--output", work.resolve("again/out").toString(), "--run-date", "2026-11-23"};
        assertThat(console.run(args)).isEqualTo(ExitCodes.DONE);

        assertThat(console.run(args)).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("already completed on").contains("nothing was run again");
    }

    @Test
    void skippedInputsGiveExitCodeThreeAndAreListed() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("skips/seeds"));
        Files.writeString(input.resolve("empty.txt"), "");

        int exit = console.run("run", "--input", input.toString(), "--output", work.resolve("skips/out").toString());

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(console.out()).contains("COMPLETED_WITH_SKIPS").contains("Skipped (1):").contains("  - empty.txt: the file is empty");
    }

    @Test
    void mostlyBadInputFailsTheRunWithExitCodeOne(@TempDir Path input) throws Exception {
        Files.writeString(input.resolve("a.txt"), "Mediators met in Doha on Thursday to discuss the draft agreement.");
        Files.writeString(input.resolve("b.txt"), "");
        Files.write(input.resolve("c.txt"), new byte[] {0, 1, 2});
        Files.writeString(input.resolve("d.docx"), "x");

        int exit = console.run("run", "--input", input.toString(), "--output", work.resolve("bad/out").toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(console.out()).contains("The run failed:").contains("3 of the 4 inputs are unusable, more than 2 unusable inputs")
                .contains("Start it again with the same options, or 'briefing restart");
        assertThat(Files.exists(work.resolve("bad/out"))).as("no briefing from the leftovers").isFalse();

        int restarted = console.run("run", "--input", input.toString(), "--output", work.resolve("bad/out").toString());

        assertThat(restarted).as("a restart, with every worker already finished, judges the same counts").isEqualTo(ExitCodes.FAILED);
        assertThat(console.out()).contains("3 of the 4 inputs are unusable");
        assertThat(Files.exists(work.resolve("bad/out"))).isFalse();
    }

    @Test
    void aLaterRunOnTheSameFolderContinuesTheSameThreads() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("threads/seeds"));
        String[] first = {"run", "--input", input.toString(), "--output", work.resolve("threads/out").toString(), "--run-date", "2026-11-23"};
        assertThat(console.run(first)).isEqualTo(ExitCodes.DONE);
        assertThat(console.run("export-threads", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        String firstExport = console.out().substring(console.out().indexOf("article_id,"));
        
        assertThat(console.run("run", "--input", input.toString(), "--output", work.resolve("threads/out").toString(), "--run-date", "2026-11-24"))
                .isEqualTo(ExitCodes.DONE);
        assertThat(console.run("export-threads", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        String secondExport = console.out().substring(console.out().indexOf("article_id,"));

        assertThat(secondExport).isEqualTo(firstExport).contains(",turkey-hamas-channel,Turkey's channel to Hamas,main,turkey-hamas-channel-d1,");
        assertThat(firstExport.lines()).hasSize(9);
    }

    @Test
    void aLaterBriefingSaysWhatIsNewSinceTheLastOne() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("since/seeds"));
        Path output = work.resolve("since/out");
        assertThat(console.run("run", "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-11-23",
                "--produced-at", "2026-11-23T06:00:00Z")).isEqualTo(ExitCodes.DONE);
        Files.writeString(input.resolve("005_doha-round.md"), """
                ---
                title: Mediators host new round of talks in Doha
                published: 2024-08-15
                ---
                Mediators from Qatar, Egypt and the United States hosted a new round of talks on a ceasefire in Gaza and the
                exchange of hostages and prisoners between Israel and Hamas in Doha on Thursday, officials said.
                """);

        assertThat(console.run("run", "--input", input.toString(), "--output", output.toString(), "--run-date", "2026-11-24",
                "--produced-at", "2026-11-24T06:00:00Z")).isEqualTo(ExitCodes.DONE);

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(output.resolve("seeds-2026-11-24/briefing.html").toFile());
        assertThat(html.select(".since p").text()).isEqualTo("Since the briefing of 23 November 2026, 06:00 +00:00: 1 new article.");
        assertThat(html.select(".since li").eachText()).containsExactly(
                "New development: Mediators host new round of talks in Doha (15 August 2024; Gaza ceasefire and hostage-prisoner exchange talks)");
        assertThat(html.select("#thread-gaza-ceasefire .status").text()).isEqualTo("Continuing.");
        assertThat(html.select("time").attr("datetime")).isEqualTo("2026-11-24T06:00Z");
    }

    @Test
    void exportWritesAFileAndRefusesAFolderNoRunHasRead() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("export/seeds"));
        console.run("run", "--input", input.toString(), "--output", work.resolve("export/out").toString());

        assertThat(console.run("export-threads", "--input", input.toString(), "--output", work.resolve("export/threads.csv").toString(),
                "--timeframe", "auto")).isEqualTo(ExitCodes.DONE);
        assertThat(Files.readAllLines(work.resolve("export/threads.csv"))).hasSize(9)
                .anySatisfy(line -> assertThat(line).startsWith("article_id,source,"))
                .anySatisfy(line -> assertThat(line).endsWith("gaza-ceasefire-d2,Round 2: 14 February 2024"));
        assertThat(console.run("export-threads", "--input", work.resolve("export").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("no run has read");
    }

    @Test
    void evaluatePrintsTheScoresOfTheGrouping() {
        int exit = console.run("evaluate", "--corpus", "src/test/resources/eval/labelled-negotiations.jsonl", "--show-threads");

        assertThat(exit).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("(48 articles, 9 gold clusters)").containsPattern("BCubed +precision 1\\.000 +recall 1\\.000 +F1 1\\.000")
                .containsPattern("Pairwise +precision").containsPattern("\\d+\\.\\d articles/s")
                .contains("armenia-azerbaijan x6");
        assertThat(console.run("evaluate", "--corpus", "seeds/000_0a8dd0fa040c14bc.txt")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badUsageExitsTwoWithoutRunning() {
        assertThat(console.run("run", "--input", work.resolve("does-not-exist").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("is not a folder");
        assertThat(console.run("run", "--input", "seeds", "--timeframe", "fortnight")).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("timeframe unit 'fortnight' is not one of day, week, month, auto");
        assertThat(console.run("run", "--from", "2024-05-01", "--to", "2024-01-01")).isEqualTo(ExitCodes.USAGE);
        assertThat(console.run("run", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(console.run("--help")).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("run").contains("Exit codes:").contains("3   done, but some inputs were skipped");
    }
}
