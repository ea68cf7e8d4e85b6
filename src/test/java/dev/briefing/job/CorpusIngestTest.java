package dev.briefing.job;

import dev.briefing.TestFolders;
import dev.briefing.article.Article;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.DateSource;
import dev.briefing.article.DateStatus;
import dev.briefing.ingest.InputIssue;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.ingest.ScratchDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The job over a collection of every input format and every kind of bad input: what each input
 * became, what was skipped and why, and that the briefing and the exit status say so.
 */
@SpringBootTest(properties = "briefing.cli.enabled=false")
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIngestTest {

    static Path work;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        work = ScratchDatabase.register(registry, "corpus");
    }

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    ArticleStore articles;
    @Autowired
    InputIssueStore issues;

    Path input;
    JobExecution execution;
    Map<String, Article> stored;
    List<InputIssue> recorded;

    @BeforeAll
    void runOnTheCorpus() throws Exception {
        input = TestFolders.copyOf(Path.of("src/test/resources/corpus"), work.resolve("corpus"));
        try (RandomAccessFile huge = new RandomAccessFile(input.resolve("bad/huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        // Unreadable even for root: reading /proc/self/mem at offset 0 fails with an I/O error.
        Files.createSymbolicLink(input.resolve("bad/unreadable.txt"), Path.of("/proc/self/mem"));

        execution = jobs.startJob(SeedRun.parameters(input, work.resolve("output")).toJobParameters());
        long collection = articles.collectionId(input.toString());
        long instance = execution.getJobInstance().getInstanceId();
        stored = articles.seenBy(collection, instance).stream()
                .collect(Collectors.toMap(a -> a.source().key(), a -> a, (a, b) -> a, TreeMap::new));
        recorded = issues.forRun(instance);
    }

    @Test
    void completesAndSaysInputsWereSkipped() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo("COMPLETED_WITH_SKIPS");
        assertThat(SeedRun.step(execution, "ingest").getSkipCount()).isEqualTo(15);
    }

    @Test
    void storesTheArticleOfEveryReadableInput() {
        assertThat(stored.keySet()).containsExactly(
                "bad/latin1-clipping.txt",
                "catalogued/note-berri.txt",
                "feeds/briefings.atom#urn:example:briefings:2024-09-12-lebanon",
                "feeds/briefings.atom#urn:example:briefings:2024-09-13-madrid",
                "feeds/world-news.rss#wire-2024-02-13-0042",
                "feeds/world-news.rss#wire-2024-02-15-0007",
                "html/cairo-talks.html",
                "html/negotiations-caire-cp1252.html",
                "html/truncated.html",
                "notes/ancient-date.md",
                "notes/front-matter.md",
                "notes/future-date.md",
                "records/articles.json#json-1",
                "records/articles.json#json-2",
                "records/clippings.jsonl#clip-001",
                "records/clippings.jsonl#clip-004",
                "records/semicolon-export.csv#row 2",
                "records/wire-export.csv#csv-1",
                "records/wire-export.csv#csv-3");
    }

    @Test
    void eachArticleHasItsMetadataAndDateWithProvenance() {
        Article page = stored.get("html/cairo-talks.html");
        assertThat(page.title()).isEqualTo("Hamas delegation arrives in Cairo for truce talks");
        assertThat(page.outlet()).isEqualTo("Example Gazette");
        assertThat(page.date().date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(page.date().source()).isEqualTo(DateSource.PAGE_METADATA);

        Article catalogued = stored.get("catalogued/note-berri.txt");
        assertThat(catalogued.title()).isEqualTo("Berri receives US envoy");
        assertThat(catalogued.date().source()).isEqualTo(DateSource.CATALOGUE);

        Article feedItem = stored.get("feeds/world-news.rss#wire-2024-02-13-0042");
        assertThat(feedItem.date().date()).isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(feedItem.date().source()).isEqualTo(DateSource.RECORD_METADATA);
        assertThat(feedItem.url()).isEqualTo("https://wire.example/2024/02/13/cia-cairo");
        assertThat(feedItem.language()).isEqualTo("en");

        assertThat(stored.get("records/wire-export.csv#csv-3").date().date()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(stored.get("notes/front-matter.md").body()).extracting(p -> p.text())
                .as("the heading repeating the title is not body text").doesNotContain("Turkey offers to host talks");
        assertThat(stored.get("html/truncated.html").date().status()).isEqualTo(DateStatus.UNDATED);
    }

    @Test
    void nonEnglishArticlesAreReadAndTheirLanguageKept() {
        assertThat(stored).hasEntrySatisfying("records/clippings.jsonl#clip-004", a -> assertThat(a.language()).isEqualTo("fr"));
        assertThat(stored).hasEntrySatisfying("html/negotiations-caire-cp1252.html", a -> assertThat(a.language()).isEqualTo("fr"));
        assertThat(stored).hasEntrySatisfying("bad/latin1-clipping.txt", a -> assertThat(a.language()).isEqualTo("fr"));
    }

    @Test
    void recordsEverySkipWithItsReason() {
        Map<String, String> skipped = recorded.stream().filter(i -> i.severity() == InputIssue.Severity.SKIPPED)
                .collect(Collectors.toMap(InputIssue::sourceKey, InputIssue::reason, (a, b) -> a + " | " + b, TreeMap::new));

        assertThat(skipped).hasSize(15).contains(
                entry("bad/empty.txt", "the file is empty"),
                entry("bad/huge.txt", "the file is 50.0 MB, above the 10.0 MB limit (briefing.ingest.max-file-size)"),
                entry("bad/notes.docx", "the file is binary, not text (it contains NUL or control bytes)"),
                entry("bad/picture.txt", "the file is binary, not text (it contains NUL or control bytes)"),
                entry("bad/unreadable.txt", "the file cannot be read: Input/output error"),
                entry("catalogue.csv#row 4", "the catalogue row names no file"),
                entry("feeds/world-news.rss#wire-2024-02-15-0011", "the feed item has no text"),
                entry("records/clippings.jsonl#line 6", "the line is JSON but not an object"));
        assertThat(skipped.get("bad/notes.rtf")).startsWith("not an article format this job reads (.rtf)");
        assertThat(skipped.get("feeds/external-entity.xml")).contains("no external entity");
        assertThat(skipped.get("feeds/malformed.rss")).startsWith("not a well-formed RSS or Atom feed");
        assertThat(skipped.get("records/clippings.jsonl#clip-002")).startsWith("the record has no article text");
        assertThat(skipped.get("records/clippings.jsonl#line 3")).startsWith("the line is not valid JSON");
        assertThat(skipped.get("records/wire-export.csv#csv-2")).startsWith("the record has no article text");
        assertThat(skipped.get("catalogue.csv#catalogued/missing.txt")).contains("not in the input folder");
    }

    @Test
    void recordsEveryRepairWithItsReason() {
        Map<String, String> repaired = recorded.stream().filter(i -> i.severity() == InputIssue.Severity.DEGRADED)
                .collect(Collectors.toMap(InputIssue::sourceKey, InputIssue::reason, (a, b) -> a + " | " + b, TreeMap::new));

        assertThat(repaired).containsOnly(
                entry("bad/latin1-clipping.txt", "not valid UTF-8; decoded as ISO-8859-1 (detected with 88% confidence)"),
                entry("html/negotiations-caire-cp1252.html", "not valid UTF-8; decoded with its declared charset windows-1252"),
                entry("html/truncated.html", "the page seems cut off (it has no closing </html>); its text was read as far as it goes"),
                entry("notes/future-date.md", "date '2031-01-01' from record metadata is in the future; ignored"),
                entry("notes/ancient-date.md", "date '1850-06-01' from record metadata is before 1900; ignored"));
        assertThat(stored.get("notes/future-date.md").date().status()).as("never today's date").isEqualTo(DateStatus.UNDATED);
    }

    @Test
    void theBriefingListsSkippedAndRepairedInputs() throws Exception {
        Document html = Jsoup.parse(work.resolve("output/corpus-2026-11-23/briefing.html").toFile());

        assertThat(html.select("#inputs table").get(0).select("tbody tr")).hasSize(15);
        assertThat(html.select("#inputs table").get(1).select("tbody tr")).hasSize(5);
        assertThat(html.select("#inputs").text()).contains("bad/huge.txt", "above the 10.0 MB limit", "feeds/external-entity.xml");
        assertThat(html.select("#articles tbody tr")).hasSize(19);
        assertThat(html.select(".overview").text()).contains("Not in English:").contains("(French)");
    }
}
