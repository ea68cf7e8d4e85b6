package dev.briefing.bench.job;

import dev.briefing.BriefingApplication;
import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.article.ArticleStore;
import dev.briefing.bench.BenchSettings;
import dev.briefing.bench.Folders;
import dev.briefing.bench.HeapWatcher;
import dev.briefing.bench.corpus.BenchCorpus;
import dev.briefing.bench.corpus.CorpusRecords;
import dev.briefing.ingest.InputDigest;
import dev.briefing.job.BriefingRunner;
import dev.briefing.job.RunOptions;
import dev.briefing.job.RunParameters;
import dev.briefing.render.RenderBriefingTasklet;
import dev.briefing.thread.ClusteringScores;
import dev.briefing.thread.PartRole;
import dev.briefing.thread.StoredPart;
import dev.briefing.thread.ThreadStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the real briefing job on one corpus, in this JVM and through Spring as the command line
 * does, with a database of its own (so every size starts from nothing and the run is a first,
 * full run), and measures it. The run date and production time are fixed as in the tests, so
 * repeated runs write the same briefing. Then a later run, a day after, over the same unchanged
 * corpus, as a schedule would start it: every file carried forward, nothing new to place, the
 * briefing written again.
 */
public final class EndToEndRun {

    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 23);
    public static final ZonedDateTime PRODUCED_AT = ZonedDateTime.parse("2026-11-23T06:00:00Z");
    static final List<String> STEPS = List.of("ingest", "thread", "render", "deliver");

    private final BenchSettings settings;
    private final HeapWatcher heap;

    public EndToEndRun(BenchSettings settings, HeapWatcher heap) {
        this.settings = settings;
        this.heap = heap;
    }

    public JobMeasurement measure(BenchCorpus corpus) throws Exception {
        Path folder = settings.runsRoot().resolve(corpus.folder().getFileName() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()));
        Path data = Files.createDirectories(folder.resolve("data"));
        Path output = Files.createDirectories(folder.resolve("output"));
        long startupStart = System.nanoTime();
        try (ConfigurableApplicationContext context = start(data)) {
            Duration startup = Duration.ofNanos(System.nanoTime() - startupStart);
            RunParameters parameters = parameters(corpus.folder(), output);
            heap.start();
            BriefingRunner.Launch launch = context.getBean(BriefingRunner.class).run(parameters);
            HeapWatcher.HeapUse heapUse = heap.stop();
            JobExecution execution = launch.execution();
            Score score = score(context, corpus, execution);
            boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
            JobMeasurement.LaterRun later = completed ? laterRun(context, parameters) : null;
            return new JobMeasurement(corpus.size(), completed, execution.getExitStatus().getExitCode(), startup, stepTimes(execution),
                    between(execution.getStartTime(), execution.getEndTime()), ingestWrites(execution), heapUse,
                    fileSize(execution.getExecutionContext(), RenderBriefingTasklet.PDF_PATH),
                    fileSize(execution.getExecutionContext(), RenderBriefingTasklet.HTML_PATH),
                    threadCount(execution.getExecutionContext()),
                    execution.getExecutionContext().containsKey(RenderBriefingTasklet.DEVELOPMENTS)
                            ? execution.getExecutionContext().getInt(RenderBriefingTasklet.DEVELOPMENTS) : -1,
                    score.scores(), score.matched(), parameters.briefingFolder().toString(), later);
        } finally {
            if (!settings.keepDatabases()) {
                Folders.deleteRecursively(data);
            }
        }
    }

    /** The application as the command line starts it, without the command line, on its own database. */
    public static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--briefing.cli.enabled=false", "--briefing.data-dir=" + dataDir.toAbsolutePath(),
                "--briefing.progress=" + System.getProperty("bench.progress", "log")));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(BriefingApplication.class).run(arguments.toArray(String[]::new));
    }

    private static JobMeasurement.LaterRun laterRun(ConfigurableApplicationContext context, RunParameters first) throws Exception {
        RunParameters dayAfter = new RunParameters(first.options(), first.from(), first.to(), first.runDate().plusDays(1), first.slot(),
                InputDigest.of(first.input()), first.producedAt().plusDays(1));
        JobExecution execution = context.getBean(BriefingRunner.class).run(dayAfter).execution();
        return new JobMeasurement.LaterRun(execution.getStatus() == BatchStatus.COMPLETED, execution.getExitStatus().getExitCode(),
                stepTimes(execution), between(execution.getStartTime(), execution.getEndTime()));
    }

    /** As SeedRun in the tests builds them: command-line defaults, fixed run date and production time. */
    static RunParameters parameters(Path input, Path output) {
        RunOptions options = RunOptions.defaults(input.toAbsolutePath().normalize(), output, Path.of("report-templates").toAbsolutePath());
        return new RunParameters(options, null, null, RUN_DATE, Optional.empty(), InputDigest.of(options.input()), PRODUCED_AT);
    }

    private static Map<String, Duration> stepTimes(JobExecution execution) {
        Map<String, Duration> times = new LinkedHashMap<>();
        for (String step : STEPS) {
            execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).findFirst()
                    .ifPresent(s -> times.put(step, between(s.getStartTime(), s.getEndTime())));
        }
        return times;
    }

    private static long ingestWrites(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("ingest-files"))
                .mapToLong(StepExecution::getWriteCount).sum();
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end);
    }

    private static long fileSize(ExecutionContext context, String key) throws IOException {
        if (!context.containsKey(key)) {
            return -1;
        }
        Path file = Path.of(context.getString(key));
        return Files.exists(file) ? Files.size(file) : -1;
    }

    private static int threadCount(ExecutionContext context) {
        if (!context.containsKey(RenderBriefingTasklet.THREAD_LABELS)) {
            return -1;
        }
        String labels = context.getString(RenderBriefingTasklet.THREAD_LABELS);
        return labels.isEmpty() ? 0 : labels.split("\n", -1).length;
    }

    private record Score(ClusteringScores scores, int matched) {
    }

    /**
     * The job's own grouping against the gold negotiations: each article's main thread, from the
     * thread store, joined to the gold labels through the job's article ids (collection and source
     * key). An article without a main part counts as a thread of its own.
     */
    private static Score score(ConfigurableApplicationContext context, BenchCorpus corpus, JobExecution execution) {
        String root = corpus.folder().toAbsolutePath().normalize().toString();
        ArticleStore articles = context.getBean(ArticleStore.class);
        Optional<Long> collection = articles.findCollection(root);
        if (collection.isEmpty()) {
            return new Score(null, 0);
        }
        Map<String, String> threadOf = new HashMap<>();
        for (StoredPart part : context.getBean(ThreadStore.class).partsSeenBy(collection.get(), execution.getJobInstance().getInstanceId())) {
            if (part.role() == PartRole.MAIN) {
                threadOf.put(part.articleId(), part.threadCode());
            }
        }
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, String> record : CorpusRecords.goldBySourceKey(corpus.files()).entrySet()) {
            String thread = threadOf.get(ArticleAnalyzer.articleId(root, record.getKey()));
            matched += thread == null ? 0 : 1;
            gold.add(record.getValue());
            predicted.add(thread == null ? "unthreaded " + record.getKey() : thread);
        }
        return new Score(gold.isEmpty() ? null : ClusteringScores.of(gold, predicted), matched);
    }
}
