package dev.briefing.bench;

import dev.briefing.bench.corpus.BenchCorpus;
import dev.briefing.bench.job.JobMeasurement;
import dev.briefing.bench.micro.JmhSuite;
import dev.briefing.bench.reference.CarrotPeer;
import dev.briefing.bench.reference.FloorMeasurement;
import dev.briefing.bench.reference.PeerMeasurement;
import dev.briefing.thread.ClusteringScores;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Turns the suite's measurements into the report's sections, with the targets each figure is held to. */
final class SuiteReport {

    static final double SCALING_TARGET = 12;
    static final double FLOOR_TARGET = 0.25;
    static final long HEAP_TARGET = 2L * 1024 * 1024 * 1024;

    private final SuiteResults results;

    SuiteReport(SuiteResults results) {
        this.results = results;
    }

    Report build() {
        Report report = new Report("Negotiation briefing benchmarks");
        machine(report);
        corpora(report);
        endToEnd(report);
        laterRuns(report);
        heap(report);
        output(report);
        scaling(report);
        floor(report);
        peer(report);
        quality(report);
        jmh(report);
        if (!results.problems.isEmpty()) {
            report.add("Problems", null, results.problems);
        }
        return report;
    }

    private void machine(Report report) {
        Table table = Table.of(List.of("fact", "value"));
        for (List<String> row : results.machine.rows()) {
            table = table.with(row);
        }
        BenchSettings s = results.settings;
        report.add("Machine", table, List.of(
                "measured " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now().withNano(0)),
                String.format(Locale.ROOT, "settings: sizes %s, seed %d, %d articles per negotiation, %d records per file, JMH %s, peer time limit %d s",
                        s.sizes(), s.seed(), s.articlesPerNegotiation(), s.recordsPerFile(), s.jmh() ? "on" : "off", s.peerTimeoutSeconds())));
    }

    private void corpora(Report report) {
        Table table = Table.of(List.of("articles", "files", "MB", "gold negotiations", "folder"));
        for (BenchCorpus corpus : results.corpora) {
            table = table.with(List.of(Format.count(corpus.size()), Integer.toString(corpus.files().size()), Format.megabytes(corpus.bytes()),
                    Format.count(corpus.negotiations(results.settings)), corpus.folder().toString()));
        }
        report.add("Corpora", table, List.of("synthetic negotiation reports (dev.briefing.corpus.SyntheticCorpus), JSON Lines with a gold cluster field"));
    }

    private void endToEnd(Report report) {
        Table table = Table.of(List.of("articles", "context start s", "ingest s", "thread s", "render s", "deliver s", "job total s", "articles/s",
                "exit status"));
        for (JobMeasurement job : results.jobs) {
            table = table.with(List.of(Format.count(job.size()), Format.seconds(job.startup()), step(job.steps(), "ingest"),
                    step(job.steps(), "thread"), step(job.steps(), "render"), step(job.steps(), "deliver"), Format.seconds(job.total()),
                    Format.rate(job.articlesPerSecond()), job.status()));
        }
        report.add("End-to-end job", table, List.of(
                "step times are the job repository's start and end of each step; 'job total' is the job execution's, context start-up excluded",
                "articles/s = articles / job total; each size runs on a fresh H2 file database, in one JVM capped at "
                        + Format.mib(results.machine.maxHeapBytes())));
    }

    private void laterRuns(Report report) {
        Table table = Table.of(List.of("articles", "ingest s", "thread s", "render s", "deliver s", "job total s", "exit status"));
        for (JobMeasurement job : results.jobs) {
            JobMeasurement.LaterRun later = job.later();
            table = !job.completed() ? table.with(List.of(Format.count(job.size()), "", "", "", "", "", "not run: the first run failed"))
                    : table.with(List.of(Format.count(job.size()), step(later.steps(), "ingest"), step(later.steps(), "thread"),
                            step(later.steps(), "render"), step(later.steps(), "deliver"), Format.seconds(later.total()), later.status()));
        }
        report.add("Later run over the unchanged corpus", table, List.of(
                "the job again a day after each first run, on the same database: every file carried forward (marked seen by the run, its articles not read again), nothing new to place, the briefing written again"));
    }

    private static String step(Map<String, Duration> steps, String name) {
        return Format.seconds(steps.get(name));
    }

    private void heap(Report report) {
        Table table = Table.of(List.of("articles", "heap before run", "max heap after GC", "heap pools peak", "GCs", "under 2 GiB"));
        for (JobMeasurement job : results.jobs) {
            long retained = job.heap().afterGcMax();
            table = table.with(List.of(Format.count(job.size()), Format.mib(job.heap().baselineAfterGc()), Format.mib(retained),
                    Format.mib(job.heap().poolPeakSum()), Integer.toString(job.heap().collections()),
                    retained < 0 ? "n/a" : retained < HEAP_TARGET ? "yes" : "NO"));
        }
        report.add("Heap", table, List.of(
                "heap before run: used after a full GC with the application context started, just before the run",
                "max heap after GC: the largest heap in use right after any collection during the run (sum of heap pools, from GC notifications): what the run keeps alive (slightly over: after a young collection, dead old-generation objects still count); the target is under 2 GiB",
                "heap pools peak: sum of each heap pool's peak since resetPeakUsage() before the run; includes garbage not yet collected, an upper bound"));
    }

    private void output(Report report) {
        Table table = Table.of(List.of("articles", "stored", "threads", "developments", "briefing.pdf bytes", "briefing.html bytes", "briefing folder"));
        for (JobMeasurement job : results.jobs) {
            table = table.with(List.of(Format.count(job.size()), Format.count(job.stored()), Format.count(job.threads()),
                    Format.count(job.developments()), Format.count(job.pdfBytes()), Format.count(job.htmlBytes()), job.briefingFolder()));
        }
        report.add("Output", table, List.of("threads and developments as the render step recorded them in the job execution context"));
    }

    private void scaling(Report report) {
        Table table = Table.of(List.of("from", "to", "size ratio", "time ratio", "target"));
        List<JobMeasurement> jobs = results.jobs;
        for (int i = 1; i < jobs.size(); i++) {
            JobMeasurement small = jobs.get(i - 1);
            JobMeasurement large = jobs.get(i);
            double timeRatio = large.seconds() / small.seconds();
            boolean targeted = small.size() == 10_000 && large.size() == 100_000;
            table = table.with(List.of(Format.count(small.size()), Format.count(large.size()), Format.ratio((double) large.size() / small.size()),
                    Format.ratio(timeRatio), targeted ? (timeRatio <= SCALING_TARGET ? "<= 12: met" : "<= 12: NOT met") : ""));
        }
        List<String> notes = new ArrayList<>();
        notes.add("time ratio = job total at the larger size / job total at the smaller; linear scaling gives the size ratio");
        if (results.job(10_000).isEmpty() || results.job(100_000).isEmpty()) {
            notes.add("time(100k)/time(10k): n/a in this run (it needs sizes 10000 and 100000); target <= 12");
        }
        report.add("Scaling", jobs.size() < 2 ? null : table, notes);
    }

    private void floor(Report report) {
        Table table = Table.of(List.of("articles", "MB", "workers", "floor s", "floor articles/s", "floor MB/s", "job articles/s", "job / floor",
                "target >= 0.25"));
        for (FloorMeasurement floor : results.floors) {
            Optional<JobMeasurement> job = results.job(floor.size());
            double ratio = job.map(j -> j.articlesPerSecond() / floor.articlesPerSecond()).orElse(Double.NaN);
            table = table.with(List.of(Format.count(floor.size()), Format.megabytes(floor.bytes()), Integer.toString(floor.workers()),
                    Format.seconds(floor.seconds()), Format.rate(floor.articlesPerSecond()), Format.decimal(floor.megabytesPerSecond(), 1),
                    job.map(j -> Format.rate(j.articlesPerSecond())).orElse("n/a"), Format.ratio(ratio),
                    Double.isNaN(ratio) ? "n/a" : ratio >= FLOOR_TARGET ? "met" : "NOT met"));
        }
        report.add("Physical floor", table, List.of(
                "floor: read the same JSON Lines bytes, parse each line (Jackson) and tokenize title and text with the job's TermExtractor (Lucene English analyzer), nothing else, on one worker per core; the fastest of repeated passes (at least 3 and 5 s in all: the first ones are mostly JIT warm-up at small sizes)",
                "job / floor = job articles/s / floor articles/s; the target is at least 1/4"));
    }

    private void peer(Report report) {
        Table table = Table.of(List.of("variant", "corpus", "documents", "k given", "clusters", "unclustered", "clustering s", "articles/s",
                "job articles/s", "job / peer", "job ingest+thread articles/s", "ingest+thread / peer", "peer BCubed F1", "job BCubed F1",
                "note"));
        for (PeerMeasurement peer : results.peers) {
            Optional<JobMeasurement> job = peer.corpus().equals("labelled") ? Optional.empty() : results.job(Integer.parseInt(peer.corpus()));
            double ratio = job.map(j -> j.articlesPerSecond() / peer.articlesPerSecond()).orElse(Double.NaN);
            double groupingRatio = job.map(j -> j.groupingArticlesPerSecond() / peer.articlesPerSecond()).orElse(Double.NaN);
            String jobF1 = peer.corpus().equals("labelled")
                    ? Optional.ofNullable(results.labelledQuality).map(q -> Format.score(q.scores().bcubedF1())).orElse("n/a")
                    : job.map(j -> j.scores() == null ? "n/a" : Format.score(j.scores().bcubedF1())).orElse("n/a");
            table = table.with(List.of(peer.variant(), peer.corpus(), Format.count(peer.documents()), Integer.toString(peer.clusterCount()),
                    peer.ran() ? Format.count(peer.clusters()) : "", peer.ran() ? Format.count(peer.unclustered()) : "",
                    Format.seconds(peer.clusterSeconds()), Format.rate(peer.articlesPerSecond()),
                    job.map(j -> Format.rate(j.articlesPerSecond())).orElse("n/a"), Format.ratio(ratio),
                    job.map(j -> Format.rate(j.groupingArticlesPerSecond())).orElse("n/a"), Format.ratio(groupingRatio),
                    Format.score(peer.bcubedF1()), jobF1,
                    peer.ran() ? "" : peer.skipped()));
        }
        List<String> notes = new ArrayList<>();
        for (CarrotPeer.Variant variant : CarrotPeer.VARIANTS) {
            notes.add(variant.name() + ": " + variant.description());
        }
        notes.add("Carrot2 4.5.1 (Apache-2.0) in a child JVM with the same heap cap; each document is title + text; it is GIVEN the true number of gold negotiations (k), which the job has to find itself");
        notes.add("clustering s: Carrot2's cluster() call alone, documents already in memory (reading them is not counted); the job's time counts everything from reading files to writing the PDF");
        notes.add("job ingest+thread: the job's steps that do what Carrot2 does (read, analyse, group), the briefing's rendering left out");
        notes.add("job / peer = job articles/s / peer articles/s (above 1: the job is faster); BCubed F1 against the gold negotiations after turning Carrot2's clusters into a hard partition (first cluster holding a document; unclustered documents as singletons)");
        notes.add("time limit per Carrot2 run: " + results.settings.peerTimeoutSeconds() + " s (bench.peer.timeout); a size is skipped when the smaller sizes' growth projects it past the limit");
        report.add("Peer: Carrot2 clustering of the same documents", table, notes);
    }

    private void quality(Report report) {
        Table table = Table.of(List.of("corpus", "articles", "gold clusters", "job threads", "job BCubed P", "job BCubed R", "job BCubed F1",
                "k-means F1", "k-means wide F1", "Lingo F1"));
        if (results.labelledQuality != null) {
            ClusteringScores scores = results.labelledQuality.scores();
            table = table.with(row("labelled (threads issue)", results.labelledQuality.articles(), results.labelledQuality.goldClusters(),
                    results.labelledQuality.threads(), scores, "labelled"));
        }
        for (JobMeasurement job : results.jobs) {
            if (job.scores() != null) {
                table = table.with(row("synthetic " + Format.count(job.size()), job.size(), job.size() / results.settings.articlesPerNegotiation(),
                        job.threads(), job.scores(), Integer.toString(job.size())));
            }
        }
        report.add("Grouping quality (BCubed against gold clusters)", table, List.of(
                "labelled: src/test/resources/eval/labelled-negotiations.jsonl, scored with ThreadingEvaluation (as 'briefing evaluate': the job's analysis and online threading, no profile), components from the application context",
                "synthetic: the job's own thread assignment from the end-to-end run (each article's main thread, from the thread store) against the generator's negotiations",
                "job threads on synthetic corpora: threads in the briefing",
                "Carrot2 columns: same corpus, given the true k (see the peer section)"));
    }

    private List<String> row(String name, int articles, int gold, int threads, ClusteringScores scores, String corpus) {
        List<String> row = new ArrayList<>(List.of(name, Format.count(articles), Format.count(gold), Format.count(threads),
                Format.score(scores.bcubedPrecision()), Format.score(scores.bcubedRecall()), Format.score(scores.bcubedF1())));
        for (CarrotPeer.Variant variant : CarrotPeer.VARIANTS) {
            row.add(results.peer(variant.name(), corpus).filter(PeerMeasurement::ran).map(p -> Format.score(p.bcubedF1())).orElse("n/a"));
        }
        return row;
    }

    private void jmh(Report report) {
        if (results.jmh == null) {
            report.add("Microbenchmarks (JMH)", null, List.of(results.settings.jmh() ? "JMH did not complete (see Problems)" : "not run (-Dbench.jmh=false)"));
            return;
        }
        Table table = Table.of(List.of("benchmark", "one operation", "params", "time per op", "±", "unit", "ops/s (one thread)"));
        for (JmhSuite.Result result : results.jmh) {
            table = table.with(List.of(result.benchmark(), result.operation(), result.params(), Format.decimal(result.score(), 2),
                    Format.decimal(result.error(), 2), result.unit(), Format.rate(perSecond(result))));
        }
        report.add("Microbenchmarks (JMH)", table, List.of(
                "JMH 1.37, average time per operation, 1 fork, 3 warm-up and 5 measured iterations of 1 s, one thread; ± is JMH's 99.9% error",
                "articles are synthetic reports of 250-700 words (the end-to-end generator, seed 42); candidate search runs over a state of 2,000 threads of 3 articles each"));
    }

    private static double perSecond(JmhSuite.Result result) {
        Duration unit = switch (result.unit()) {
            case "ns/op" -> Duration.ofNanos(1);
            case "us/op" -> Duration.ofNanos(1_000);
            case "ms/op" -> Duration.ofMillis(1);
            case "s/op" -> Duration.ofSeconds(1);
            default -> null;
        };
        return unit == null ? Double.NaN : 1e9 / (result.score() * unit.toNanos());
    }
}
