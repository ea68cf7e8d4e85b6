package dev.briefing.job;

import dev.briefing.ingest.InputDigest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Run parameters for the sample articles, as the command line would build them. */
final class SeedRun {

    static final Path SEEDS = Path.of("seeds").toAbsolutePath();
    static final Path TEMPLATES = Path.of("report-templates").toAbsolutePath();
    static final ZonedDateTime PRODUCED_AT = ZonedDateTime.parse("2026-11-23T06:00:00Z");

    private SeedRun() {
    }

    static RunParameters parameters(Path input, Path output) {
        return parameters(input, output, TEMPLATES);
    }

    static RunParameters parameters(Path input, Path output, Path templates) {
        return parameters(RunOptions.defaults(input, output, templates));
    }

    static RunParameters parameters(RunOptions options) {
        return new RunParameters(options, null, null, LocalDate.of(2026, 11, 23), Optional.empty(), InputDigest.of(options.input()),
                PRODUCED_AT);
    }

    /** The next day's run on the same folder, as it is now (a changed folder is new input). */
    static RunParameters dayAfter(RunParameters run) {
        return new RunParameters(run.options(), run.from(), run.to(), run.runDate().plusDays(1), run.slot(), InputDigest.of(run.input()),
                run.producedAt().plusDays(1));
    }

    /**
     * One step of a job execution. (Kept out of test classes: Spring Batch's step-scope test
     * listener takes any test method returning a StepExecution for a step-scope factory.)
     */
    static org.springframework.batch.core.step.StepExecution step(org.springframework.batch.core.job.JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }


}
