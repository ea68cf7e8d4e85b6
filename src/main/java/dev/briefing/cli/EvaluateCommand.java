package dev.briefing.cli;

import dev.briefing.ingest.LabelledCorpus;
import dev.briefing.ingest.ReadResult;
import dev.briefing.profile.ThreadProfile;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.thread.ThreadingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code briefing evaluate}: scores the job's threading against a labelled corpus. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Run the job's grouping over a labelled corpus (JSON Lines or CSV with a gold 'cluster' field) and print"
                + " BCubed and pairwise precision, recall and F1, and articles per second.")
public class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, description = "Labelled corpus: .jsonl, .json or .csv with a cluster (or label, gold) field.")
    Path corpus;

    @Option(names = "--profile", description = "Thread profile to evaluate with (default: none, i.e. threads found by clustering).")
    Path profile;

    @Option(names = "--show-threads", description = "Also list which gold clusters each thread holds.")
    boolean showThreads;

    private final ThreadingEvaluation evaluation;

    public EvaluateCommand(ThreadingEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus " + corpus + " is not a file");
        }
        ThreadProfile threadProfile;
        LabelledCorpus.Contents contents;
        try {
            threadProfile = new ThreadProfileLoader().load(Optional.ofNullable(profile));
            contents = LabelledCorpus.read(corpus, corpus.toAbsolutePath().normalize().toString());
        } catch (IllegalArgumentException | ThreadProfileLoader.InvalidProfileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (contents.documents().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the corpus holds no labelled article");
        }
        ThreadingEvaluation.Result result = evaluation.evaluate(contents.documents(), threadProfile, LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Labelled corpus: %s (%d articles, %d gold clusters)%n", corpus, result.articles(), result.goldClusters());
        for (ReadResult.Rejected rejected : contents.rejected()) {
            out.printf("  not evaluated: %s: %s%n", rejected.source().display(), rejected.reason());
        }
        out.printf("Grouping: %s; %d threads found, %d cross-references%n",
                profile == null ? "clustering, no profile" : "profile " + profile, result.threads(), result.crossReferences());
        var scores = result.scores();
        out.printf(Locale.ROOT, "BCubed    precision %.3f  recall %.3f  F1 %.3f%n", scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1());
        out.printf(Locale.ROOT, "Pairwise  precision %.3f  recall %.3f  F1 %.3f%n", scores.pairwisePrecision(), scores.pairwiseRecall(), scores.pairwiseF1());
        out.printf(Locale.ROOT, "Throughput: %d articles in %.2f s = %.1f articles/s (analysis and threading, one thread)%n",
                result.articles(), result.seconds(), result.articlesPerSecond());
        if (showThreads) {
            Map<String, Map<String, Long>> byThread = new TreeMap<>();
            result.threadOf().forEach((id, thread) -> byThread.computeIfAbsent(thread, t -> new TreeMap<>())
                    .merge(result.goldOf().get(id), 1L, Long::sum));
            byThread.forEach((thread, golds) -> out.printf("  %s \"%s\": %s%n", thread, result.labelOf().get(thread),
                    golds.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "))));
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
