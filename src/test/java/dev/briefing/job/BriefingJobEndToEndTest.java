package dev.briefing.job;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.briefing.ingest.ScratchDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code briefingJob} on the sample articles and reads what a user would read: the PDF
 * (with PDFBox) and the HTML (with jsoup).
 */
@SpringBootTest(properties = {"briefing.cli.enabled=false", "briefing.ingest.workers=2", "briefing.progress=log"})
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BriefingJobEndToEndTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "e2e");
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcClient jdbc;

    JobExecution execution;
    Document html;
    String pdfText;
    PDDocument pdf;

    @BeforeAll
    void runJobOnSeeds() throws Exception {
        execution = jobs.startJob(SeedRun.parameters(SeedRun.SEEDS, work.resolve("output")).toJobParameters());
        Path folder = work.resolve("output/seeds-2026-11-23");
        html = Jsoup.parse(folder.resolve("briefing.html").toFile());
        pdf = Loader.loadPDF(folder.resolve("briefing.pdf").toFile());
        pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void completesWithoutSkipsAndStoresEverySeedOnce() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .as("ingest is partitioned over two workers in this test").containsExactlyInAnyOrder("ingest", "ingest-files:partition0",
                        "ingest-files:partition1", "thread", "render", "deliver");
        List<StepExecution> workers = execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("ingest-files:")).toList();
        assertThat(workers).as("each worker stored its share").allMatch(worker -> worker.getWriteCount() > 0);
        assertThat(workers.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single()).isEqualTo(5);
    }

    /** What the run's progress lines say, as an operator reading a scheduled run's log sees them. */
    @Test
    void eachStepsProgressLinesCountEverythingItDid(CapturedOutput output) {
        long threaded = SeedRun.step(execution, BriefingJobConfiguration.THREAD).getReadCount();
        assertThat(threaded).isPositive();
        assertThat(lastLine(output, "thread: ")).endsWith("thread: " + threaded + " of " + threaded + " articles (100%)");
        assertThat(lastLine(output, "ingest: ")).contains("ingest: 5 of 5 files (100%)");
        assertThat(output.getAll().lines().filter(line -> line.contains("ingest: ")))
                .as("the seeds' 5 files are 4 for one worker and 1 for the other: no line counts one share alone")
                .allSatisfy(line -> assertThat(line).contains(" of 5 files"));
    }

    private static String lastLine(CapturedOutput output, String prefix) {
        return output.getAll().lines().filter(line -> line.contains(prefix)).reduce((first, second) -> second).orElse("none");
    }

    @Test
    void htmlHasTheThreadsInProfileOrder() {
        List<String> threads = html.select("section.thread > h2").eachText();
        assertThat(threads).containsExactly(
                "Gaza ceasefire and hostage-prisoner exchange talks",
                "Turkey's channel to Hamas",
                "EU humanitarian truce and peace conference initiative");
    }

    @Test
    void developmentsOfAThreadAreInChronologicalOrder() {
        Element gaza = html.getElementById("thread-gaza-ceasefire");
        List<String> timeframes = gaza.select("section.timeframe > h3").eachText();
        assertThat(timeframes).containsExactly("October 2023", "February 2024", "July 2024", "Undated");
        List<String> dates = gaza.select("article.development .when .date").eachText();
        assertThat(dates).containsExactly(
                "c. 27 October 2023 (between 25 and 31 October 2023)",
                "14 February 2024",
                "between 23 July and 7 August 2024",
                "undated (not before 7 October 2023)");
    }

    @Test
    void theAnkaraMeetingIsOneDevelopmentCitingBothReports() {
        Element turkey = html.getElementById("thread-turkey-hamas-channel");
        assertThat(turkey.select("article.development")).hasSize(1);
        Element ankara = turkey.selectFirst("article.development");
        assertThat(ankara.selectFirst("h4").text()).isEqualTo("Turkish Intelligence Chief Meets Hamas Leaders");
        assertThat(ankara.select(".sources li").eachText())
                .anySatisfy(source -> assertThat(source).contains("001_036a012efc2a95dd.txt"))
                .anySatisfy(source -> assertThat(source).contains("000_0a8dd0fa040c14bc.txt").contains("cross-reference"));
        assertThat(ankara.select(".badge.estimated")).hasSize(1);
        assertThat(ankara.select(".summary li").eachText()).anySatisfy(line -> assertThat(line).contains("Kalin"));
    }

    @Test
    void theStatedDateOfSeed003IsUsedAndUnstatedDatesAreMarked() {
        Element article = articleRow("003_80c55e598817b745.txt");
        assertThat(article.text()).contains("14 February 2024").contains("stated (dateline in the text)").contains("EFE");
        assertThat(articleRow("004_e360ee0d24fd98ac.txt").text()).contains("c. 27 October 2023").contains("estimated from the text");
        assertThat(articleRow("002_8007d8b7ad854ea8.txt").text()).contains("undated").contains("Le Parisien");
        assertThat(pdfText).contains("14 February 2024");
    }

    @Test
    void everySeedIsListedInBothDocuments() throws Exception {
        List<String> seeds;
        try (var files = Files.list(SeedRun.SEEDS)) {
            seeds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        assertThat(html.select("#articles tbody tr td.file").eachText()).containsExactlyInAnyOrderElementsOf(seeds);
        for (String seed : seeds) {
            assertThat(pdfText).contains(seed);
        }
    }

    @Test
    void theSourceIndexBesideTheBriefingListsEverySeedUnderItsNumber() throws Exception {
        List<CSVRecord> rows;
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(work.resolve("output/seeds-2026-11-23/sources.csv")))) {
            rows = parser.getRecords();
        }

        assertThat(rows).extracting(row -> row.get("number")).containsExactly("1", "2", "3", "4", "5");
        assertThat(rows).extracting(row -> row.get("file")).containsExactlyElementsOf(html.select("#articles tbody tr td.file").eachText());
        assertThat(rows).extracting(row -> row.get("date_status")).contains("stated", "estimated", "undated");
    }

    @Test
    void pdfHasTheThreadsInOrderAndBookmarksForThem() {
        int gaza = pdfText.indexOf("Gaza ceasefire and hostage-prisoner exchange talks 4 developments");
        int turkey = pdfText.indexOf("Turkey's channel to Hamas 1 development");
        int eu = pdfText.indexOf("EU humanitarian truce and peace conference initiative 1 development");
        assertThat(gaza).isPositive();
        assertThat(turkey).isGreaterThan(gaza);
        assertThat(eu).isGreaterThan(turkey);
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
        }
        assertThat(bookmarks).contains("Overview", "Gaza ceasefire and hostage-prisoner exchange talks", "Turkey's channel to Hamas",
                "Appendix A: Articles read");
    }

    @Test
    void pdfShowsTheAnkaraDevelopmentWithBothSources() {
        int headline = pdfText.indexOf("Turkish Intelligence Chief Meets Hamas Leaders between 23 July and 7 August 2024");
        assertThat(headline).isPositive();
        String development = pdfText.substring(headline, pdfText.indexOf("EU humanitarian truce", headline));
        assertThat(development).contains("001_036a012efc2a95dd.txt").contains("000_0a8dd0fa040c14bc.txt").contains("Sources (2)");
    }

    private Element articleRow(String file) {
        return html.select("#articles tbody tr").stream()
                .filter(row -> row.selectFirst("td.file").text().equals(file))
                .findFirst().orElseThrow();
    }
}
