package dev.briefing.cli;

import dev.briefing.TestFolders;
import dev.briefing.article.ArticleStore;
import dev.briefing.ingest.ScratchDatabase;
import dev.briefing.job.RunLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Running the job for real from the command line: incremental runs, the run list, a run's
 * report, restarting, validating, and never two runs on one folder at once.
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.zone=UTC", "briefing.progress=none"})
class RunManagementTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "runs");
    }

    @Autowired
    BriefingCommandLine briefing;

    private Console console;

    @BeforeEach
    void console() {
        console = new Console(briefing);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    RunLock runLock;
    @Autowired
    ArticleStore articles;

    private long executionIdIn(String text) {
        Matcher id = Pattern.compile("Run (\\d+) of job instance").matcher(text);
        assertThat(id.find()).as(text).isTrue();
        return Long.parseLong(id.group(1));
    }

    private int articlesSeenBy(long executionId, Path input) {
        long instance = jobRepository.getJobExecution(executionId).getJobInstance().getInstanceId();
        long collection = articles.findCollection(input.toAbsolutePath().normalize().toString()).orElseThrow();
        return articles.countSeenBy(collection, instance);
    }

    @Test
    void aLaterRunReadsOnlyNewAndChangedFilesAndCarriesTheRestForward() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("incremental/seeds"));
        Files.writeString(input.resolve("empty.txt"), "");
        String output = work.resolve("incremental/out").toString();
        assertThat(console.run("run", "--input", input.toString(), "--output", output, "--run-date", "2026-11-23"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(console.out()).contains("Read 6 input files: 5 articles stored, 1 inputs skipped.");

        Files.writeString(input.resolve("005_doha.md"), """
                ---
                title: Mediators host new round of talks in Doha
                published: 2024-08-15
                ---
                Mediators from Qatar, Egypt and the United States hosted a new round of talks between Israel and Hamas in Doha.
                """);
        Files.delete(input.resolve("004_e360ee0d24fd98ac.txt"));
        assertThat(console.run("run", "--input", input.toString(), "--output", output, "--run-date", "2026-11-24"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

        assertThat(console.out())
                .as("only the new file and the skipped one (skips are reported again) are read; four seeds are carried forward")
                .contains("Read 2 input files: 1 articles stored, 1 inputs skipped.")
                .contains("4 input files were unchanged since an earlier run and were not read again")
                .contains("  - empty.txt: the file is empty");
        long second = executionIdIn(console.out());
        assertThat(articlesSeenBy(second, input)).as("four seeds carried forward, one new article; the deleted seed drops out").isEqualTo(5);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(work.resolve("incremental/out/seeds-2026-11-24/briefing.html").toFile());
        assertThat(html.select("#articles tr").text())
                .contains("005_doha.md").contains("000_0a8dd0fa040c14bc.txt").doesNotContain("004_e360ee0d24fd98ac.txt");

        assertThat(console.run("run", "--input", input.toString(), "--output", output, "--run-date", "2026-11-25", "--reread"))
                .isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(console.out()).contains("Read 6 input files: 5 articles stored, 1 inputs skipped.").doesNotContain("unchanged");
    }

    @Test
    void runsListsPastRunsAndShowExplainsAFailure() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("listed/seeds"));
        Path templates = TestFolders.copyOfTemplates(work.resolve("listed/templates"));
        Path template = templates.resolve("briefing.html");
        String working = Files.readString(template);
        Files.writeString(template, "<html><body th:text=\"${briefing.noSuchProperty}\"></body></html>");
        String[] command = {"run", "--input", input.toString(), "--output", work.resolve("listed/out").toString(), "--run-date",
                "2026-11-23", "--templates", templates.toString()};

        assertThat(console.run(command)).isEqualTo(ExitCodes.FAILED);
        long failed = executionIdIn(console.out());

        assertThat(console.run("runs", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).containsPattern(failed + "\\s+FAILED\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
                .contains(input.toAbsolutePath().toString() + " -> (none)");

        assertThat(console.run("show", Long.toString(failed))).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("Execution " + failed).contains(": FAILED")
                .containsPattern("render\\s+FAILED").containsPattern("ingest\\s+COMPLETED\\s+read 5, written 5, skipped 0")
                .contains("Why it failed (in render):").contains("noSuchProperty")
                .contains("To finish it: briefing restart " + failed);

        Files.writeString(template, working);
        assertThat(console.run("restart", Long.toString(failed))).as(console::out).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("COMPLETED").contains("briefing.pdf");
        assertThat(console.run("runs", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).containsPattern("\\d+\\s+COMPLETED\\s").contains("listed/out/seeds-2026-11-23");
        assertThat(console.run("restart", "999999")).as(console::err).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("there is no run with execution id 999999");
    }

    @Test
    void aRunIsNeverStartedTwiceOnOneFolder() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("busy/seeds"));
        String key = "input " + java.util.HexFormat.of().formatHex(
                org.apache.commons.codec.digest.DigestUtils.sha256(input.toAbsolutePath().normalize().toString()), 0, 16);
        try (RunLock.Held held = runLock.tryAcquire(key).orElseThrow()) {
            assertThat(runLock.tryAcquire(key)).as("the lock is exclusive").isEmpty();
            assertThat(console.run("run", "--input", input.toString(), "--output", work.resolve("busy/out").toString())).isEqualTo(ExitCodes.BUSY);
            assertThat(console.err()).contains("another run on " + input.toAbsolutePath()).contains("not starting a second one");
        }
        assertThat(console.run("run", "--input", input.toString(), "--output", work.resolve("busy/out").toString())).isEqualTo(ExitCodes.DONE);
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsMarkedFailedAndFinished() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("killed/seeds"));
        String[] command = {"run", "--input", input.toString(), "--output", work.resolve("killed/out").toString(), "--run-date", "2026-11-23",
                "--produced-at", "2026-11-23T06:00:00Z"};
        assertThat(console.run("validate", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        JobParameters parameters = parametersOf(command);
        JobInstance instance = jobRepository.createJobInstance("briefingJob", parameters);
        JobExecution orphan = jobRepository.createJobExecution(instance, parameters, new org.springframework.batch.infrastructure.item.ExecutionContext());
        orphan.setStatus(BatchStatus.STARTED);
        orphan.setStartTime(LocalDateTime.now());
        jobRepository.update(orphan);
        StepExecution ingest = jobRepository.createStepExecution("ingest", orphan);
        ingest.setStatus(BatchStatus.STARTED);
        jobRepository.update(ingest);

        assertThat(console.run("runs", "--input", input.toString())).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).as("nobody holds the folder's lock: its process is gone").containsPattern(orphan.getId() + "\\s+INTERRUPTED");

        assertThat(console.run(command)).isEqualTo(ExitCodes.DONE);
        assertThat(console.out()).contains("Execution " + orphan.getId() + " had been interrupted")
                .contains("Run " + (orphan.getId() + 1) + " of job instance " + instance.getInstanceId() + ": COMPLETED");
        assertThat(jobRepository.getJobExecution(orphan.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    /** The job parameters the run command builds, read back from the validate-free dry path: run the parsing only. */
    private JobParameters parametersOf(String[] command) throws Exception {
        Path input = Path.of(command[2]).toAbsolutePath().normalize();
        dev.briefing.job.RunOptions options = new dev.briefing.job.RunOptions(input, Path.of(command[4]).toAbsolutePath().normalize(),
                dev.briefing.briefing.TimeframeUnit.MONTH, Optional.empty(), Path.of("report-templates").toAbsolutePath().normalize(),
                dev.briefing.render.PaperSize.A4, java.util.Set.of(dev.briefing.render.OutputFormat.HTML, dev.briefing.render.OutputFormat.PDF),
                java.util.List.of(), false);
        return new dev.briefing.job.RunParameters(options, null, null, java.time.LocalDate.parse(command[6]), Optional.empty(),
                dev.briefing.ingest.InputDigest.of(input), java.time.ZonedDateTime.parse(command[8])).toJobParameters();
    }

    @Test
    void validateSaysWhatEachFileGivesWithoutStoringAnything() throws Exception {
        Path input = TestFolders.copyOfSeeds(work.resolve("validate/seeds"));
        Files.write(input.resolve("scan.txt"), new byte[] {0, 1, 2, 3});
        int articlesBefore = jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single();

        assertThat(console.run("validate", "--input", input.toString())).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);

        assertThat(console.out())
                .contains("ok      003_80c55e598817b745.txt:").contains("14 February 2024")
                .contains("skip    scan.txt: the file is binary, not text")
                .contains("6 input files: 5 articles, 1 inputs would be skipped, 0 articles repaired.")
                .contains("Thread profile: 4 declared threads.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single()).isEqualTo(articlesBefore);
        assertThat(console.run("validate", "--input", input.toString(), "--templates", work.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(console.err()).contains("has no briefing.html");
    }
}
