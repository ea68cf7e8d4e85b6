package dev.briefing.bench;

import dev.briefing.bench.compare.BuildComparison;
import dev.briefing.bench.corpus.BenchCorpus;
import dev.briefing.bench.corpus.CorpusRecords;
import dev.briefing.bench.job.EndToEndRun;
import dev.briefing.bench.job.JobMeasurement;
import dev.briefing.bench.micro.JmhSuite;
import dev.briefing.bench.reference.CarrotPeer;
import dev.briefing.bench.reference.ThreadingQuality;
import dev.briefing.bench.reference.TokenizingFloor;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The benchmark suite: the job end to end on synthetic corpora of growing size, against the
 * physical floor and the Carrot2 peer on the same documents, grouping quality on labelled data,
 * and JMH microbenchmarks of the hot pieces. Run by {@code mvn -B -Pbench -DskipTests verify};
 * BENCHMARKS.md says what each figure means. Parts run one after the other, never side by side,
 * so that each has the machine to itself; a part that fails is reported and the others still run.
 */
public final class BenchmarkSuite {

    static final Path LABELLED = Path.of("src/test/resources/eval/labelled-negotiations.jsonl");

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        if (settings.compareWith().isPresent()) {
            compareBuilds(settings, settings.compareWith().get());
            return;
        }
        SuiteResults results = new SuiteResults(settings, MachineFacts.current());
        System.err.printf("bench: sizes %s, seed %d, JMH %s, heap cap %s%n", settings.sizes(), settings.seed(), settings.jmh(),
                Format.mib(results.machine.maxHeapBytes()));

        for (int size : settings.sizes()) {
            results.corpora.add(BenchCorpus.ensure(settings, size));
        }
        endToEnd(results);
        floor(results);
        if (settings.peer()) {
            peer(results);
        }
        labelledQuality(results);
        if (settings.jmh()) {
            microbenchmarks(results);
        }

        Report report = new SuiteReport(results).build();
        report.writeMarkdown(settings.reportFile());
        System.out.println();
        System.out.print(report.plain());
        System.out.println("Markdown report: " + settings.reportFile());
        System.exit(results.problems.isEmpty() ? 0 : 1);
    }

    /** Instead of the suite: a baseline build against this one, in alternating standalone runs. */
    private static void compareBuilds(BenchSettings settings, Path baseline) {
        BuildComparison comparison = new BuildComparison(settings, baseline, Path.of("target", "negotiation-briefing.jar"));
        Report report = comparison.run();
        Path file = settings.reportFile().resolveSibling("compare.md");
        report.writeMarkdown(file);
        System.out.println();
        System.out.print(report.plain());
        System.out.println("Markdown report: " + file);
        System.exit(comparison.problems().isEmpty() ? 0 : 1);
    }

    private static void endToEnd(SuiteResults results) {
        try (HeapWatcher heap = new HeapWatcher()) {
            EndToEndRun run = new EndToEndRun(results.settings, heap);
            for (BenchCorpus corpus : results.corpora) {
                System.err.printf("bench: the job on %,d articles%n", corpus.size());
                try {
                    JobMeasurement job = run.measure(corpus);
                    results.jobs.add(job);
                    if (!job.completed()) {
                        results.problems.add("the job on " + corpus.size() + " articles ended " + job.status());
                    } else if (!job.later().completed()) {
                        results.problems.add("the later run on " + corpus.size() + " articles ended " + job.later().status());
                    }
                } catch (Exception | OutOfMemoryError e) {
                    results.problems.add("the job on " + corpus.size() + " articles failed: " + e);
                    e.printStackTrace();
                }
            }
        }
    }

    private static void floor(SuiteResults results) throws InterruptedException {
        TokenizingFloor floor = new TokenizingFloor(Runtime.getRuntime().availableProcessors());
        for (BenchCorpus corpus : results.corpora) {
            System.err.printf("bench: the floor on %,d articles%n", corpus.size());
            results.floors.add(floor.measure(corpus));
        }
    }

    private static void peer(SuiteResults results) {
        CarrotPeer peer = new CarrotPeer(results.settings.heap(), Duration.ofSeconds(results.settings.peerTimeoutSeconds()));
        List<CorpusRecords.GoldRecord> labelled = CorpusRecords.read(List.of(LABELLED));
        results.labelledDocuments = labelled.size();
        results.labelledClusters = (int) labelled.stream().map(CorpusRecords.GoldRecord::cluster).distinct().count();
        for (CarrotPeer.Variant variant : CarrotPeer.VARIANTS) {
            results.peers.add(peer.measure(variant, "labelled", "labelled", results.labelledDocuments, results.labelledClusters, List.of(LABELLED)));
        }
        for (BenchCorpus corpus : results.corpora) {
            for (CarrotPeer.Variant variant : CarrotPeer.VARIANTS) {
                results.peers.add(peer.measure(variant, "synthetic", Integer.toString(corpus.size()), corpus.size(), corpus.negotiations(results.settings),
                        corpus.files()));
            }
        }
    }

    private static void labelledQuality(SuiteResults results) throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(results.settings.runsRoot()), "quality-");
        try (ConfigurableApplicationContext context = EndToEndRun.start(data)) {
            results.labelledQuality = new ThreadingQuality(context).evaluate(LABELLED, EndToEndRun.RUN_DATE);
        } catch (RuntimeException e) {
            results.problems.add("the labelled evaluation failed: " + e);
            e.printStackTrace();
        } finally {
            Folders.deleteRecursively(data);
        }
    }

    private static void microbenchmarks(SuiteResults results) {
        System.err.println("bench: JMH microbenchmarks (about two minutes)");
        try {
            results.jmh = JmhSuite.run(include(), results.settings.heap());
        } catch (Exception e) {
            results.problems.add("JMH failed: " + e);
            e.printStackTrace();
        }
    }

    /** A regular expression choosing some benchmarks (bench.jmh.include); all when empty. */
    private static String include() {
        String include = System.getProperty("bench.jmh.include", "");
        return include.isBlank() ? JmhSuite.ALL : include;
    }
}
