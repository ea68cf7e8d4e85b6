package dev.briefing.bench.compare;

import dev.briefing.bench.BenchSettings;
import dev.briefing.bench.ChildJvm;
import dev.briefing.bench.Folders;
import dev.briefing.bench.Format;
import dev.briefing.bench.Report;
import dev.briefing.bench.Table;
import dev.briefing.bench.corpus.BenchCorpus;
import dev.briefing.bench.job.EndToEndRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Compares two builds of the job, each its own jar run as {@code java -jar ... run} would run it,
 * on the suite's corpora. The builds take turns, the order reversed every round (candidate,
 * baseline, baseline, candidate ...), so that a machine that speeds up or slows down during the
 * comparison does not favour either; on a shared machine, single runs of one build moved by more
 * than most changes gain. Each build's median is read against the baseline's, and every run's
 * placements are compared: a change meant to be faster only must place every article as before.
 */
public final class BuildComparison {

    /** The steps compared, with the job as a whole; deliver has nothing to do in these runs. */
    private static final List<String> STEPS = List.of("ingest", "thread", "render");
    private static final String BASELINE = "baseline";
    private static final String CANDIDATE = "candidate";

    private final BenchSettings settings;
    private final Path baseline;
    private final Path candidate;
    private final List<String> problems = new ArrayList<>();

    public BuildComparison(BenchSettings settings, Path baseline, Path candidate) {
        this.settings = settings;
        this.baseline = baseline.toAbsolutePath();
        this.candidate = candidate.toAbsolutePath();
    }

    /** What went wrong: a run that failed, or builds that placed articles differently. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Report run() {
        for (Path jar : List.of(baseline, candidate)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar to compare at " + jar);
            }
        }
        Table runs = Table.of(List.of("articles", "build", "round", "ingest s", "thread s", "render s", "job s", "placements"));
        Table medians = Table.of(List.of("articles", "step", "baseline s (median)", "candidate s (median)", "candidate / baseline"));
        for (int size : settings.sizes()) {
            BenchCorpus corpus = BenchCorpus.ensure(settings, size);
            List<StandaloneRun> measured = new ArrayList<>();
            for (int round = 1; round <= settings.compareRounds(); round++) {
                List<String> order = round % 2 == 1 ? List.of(CANDIDATE, BASELINE) : List.of(BASELINE, CANDIDATE);
                for (String build : order) {
                    StandaloneRun run = runOnce(build, round, corpus);
                    measured.add(run);
                    runs = runs.with(List.of(Format.count(size), build, Integer.toString(round), Format.seconds(run.seconds("ingest")),
                            Format.seconds(run.seconds("thread")), Format.seconds(run.seconds("render")), Format.seconds(run.job()),
                            run.completed() ? run.placements().substring(0, 12) : "exit " + run.exitCode()));
                }
            }
            for (String step : STEPS) {
                medians = medians.with(medianRow(size, step, measured, run -> run.seconds(step)));
            }
            medians = medians.with(medianRow(size, "job", measured, run -> run.job().toNanos() / 1e9));
            Set<String> placements = new TreeSet<>();
            measured.stream().filter(StandaloneRun::completed).forEach(run -> placements.add(run.placements()));
            if (placements.size() > 1) {
                problems.add(size + " articles: the builds placed articles differently (" + placements.size() + " different digests)");
            }
        }
        Report report = new Report("Build comparison: alternating standalone runs");
        report.add("Runs, in the order they ran", runs, List.of(
                "baseline " + baseline + ", candidate " + candidate,
                "each run: java -Xmx" + settings.heap() + " -jar <build> run on the suite's corpus, its own H2 database,"
                        + " run date " + EndToEndRun.RUN_DATE + "; times from the run's job repository",
                "placements: the first digits of a SHA-256 over every article part, thread label and detected language"));
        List<String> notes = new ArrayList<>(List.of(
                "a ratio under 1 is the candidate faster; medians of " + settings.compareRounds() + " runs of each build"));
        notes.addAll(problems.isEmpty() ? List.of("every run completed, and both builds placed every article the same way") : problems);
        report.add("Medians", medians, notes);
        return report;
    }

    private StandaloneRun runOnce(String build, int round, BenchCorpus corpus) {
        Path folder = settings.runsRoot().resolve("compare-" + corpus.size() + "-" + build + "-" + round);
        Folders.deleteRecursively(folder);
        Path data = folder.resolve("data");
        Path log = folder.resolve("run.log");
        List<String> command = List.of(ChildJvm.java(), "-Xmx" + settings.heap(),
                "-jar", (build.equals(BASELINE) ? baseline : candidate).toString(), "run",
                "--input", corpus.folder().toString(), "--output", folder.resolve("out").toString(),
                "--run-date", EndToEndRun.RUN_DATE.toString(), "--produced-at", EndToEndRun.PRODUCED_AT.toString(),
                "--briefing.data-dir=" + data, "--briefing.progress=" + settings.progress());
        System.err.printf("bench: %s, round %d, %d articles (log %s)%n", build, round, corpus.size(), log);
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exitCode = process.waitFor();
            if (exitCode != 0) {
                problems.add(corpus.size() + " articles: " + build + " (round " + round + ") ended with exit code " + exitCode + ", see " + log);
            }
            if (!Files.exists(data.resolve("briefing.mv.db"))) {
                return new StandaloneRun(build, round, exitCode, Map.of(), null, "");
            }
            StandaloneRun run = StandaloneRun.read(build, round, exitCode, "jdbc:h2:file:" + data.resolve("briefing"));
            if (!settings.keepDatabases()) {
                Folders.deleteRecursively(data);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + build + " in " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + build + " ran", e);
        }
    }

    /** A row of the medians table: each build's median of one step, and their ratio. */
    private static List<String> medianRow(int size, String step, List<StandaloneRun> runs, ToDoubleFunction<StandaloneRun> seconds) {
        double base = median(runs, BASELINE, seconds);
        double candidateMedian = median(runs, CANDIDATE, seconds);
        return List.of(Format.count(size), step, Format.seconds(base), Format.seconds(candidateMedian), Format.ratio(candidateMedian / base));
    }

    private static double median(List<StandaloneRun> runs, String build, ToDoubleFunction<StandaloneRun> seconds) {
        double[] values = runs.stream().filter(run -> run.build().equals(build) && run.completed()).mapToDouble(seconds)
                .filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
