package dev.briefing.cli;

import dev.briefing.render.RenderBriefingTasklet;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the run listing and the run report say about a run's times and outputs. */
final class RunFacts {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private RunFacts() {
    }

    static String started(JobExecution run) {
        return run.getStartTime() == null ? "not started" : STARTED.format(run.getStartTime());
    }

    static String took(JobExecution run) {
        if (run.getStartTime() == null) {
            return "";
        }
        LocalDateTime end = run.getEndTime() != null ? run.getEndTime() : run.getLastUpdated();
        if (end == null) {
            return "";
        }
        Duration took = Duration.between(run.getStartTime(), end);
        return took.toMinutes() > 0 ? took.toMinutes() + "m" + took.toSecondsPart() + "s" : took.toSeconds() + "." + took.toMillisPart() / 100 + "s";
    }

    /** The briefing files the run wrote (from its job execution context). */
    static List<Path> outputs(JobExecution run) {
        ExecutionContext context = run.getExecutionContext();
        List<Path> files = new ArrayList<>();
        for (String key : List.of(RenderBriefingTasklet.PDF_PATH, RenderBriefingTasklet.HTML_PATH)) {
            if (context.containsKey(key)) {
                files.add(Path.of(context.getString(key)));
            }
        }
        return files;
    }
}
