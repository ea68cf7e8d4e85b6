package dev.briefing.deliver;

import dev.briefing.render.RenderBriefingTasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a delivery says about a produced briefing, and where its files are: the facts an email
 * summarises, the files it attaches and the shared folder receives. Only strings, numbers and
 * lists, as the render step leaves them in the job's execution context, so that a restarted run
 * delivers what the first one produced.
 *
 * @param collection   the name of the input folder
 * @param period       the period covered, as the briefing displays it
 * @param producedAt   the production time, as the briefing displays it
 * @param outletCount  how many outlets the articles come from
 * @param pdf          the path of {@code briefing.pdf}, or null when the run wrote no PDF
 * @param html         the path of {@code briefing.html}, or null when the run wrote no HTML file
 * @param stableName   the name copies of this briefing get, the same for every delivery of one run ({@code seeds-2026-11-23})
 */
public record BriefingMessage(
        String title,
        String collection,
        String period,
        String producedAt,
        int articleCount,
        int outletCount,
        List<String> threadLabels,
        List<KeyDevelopment> keyDevelopments,
        String pdf,
        String html,
        String stableName) {

    /** One line of the briefing's key developments: its date, headline and the thread it belongs to. */
    public record KeyDevelopment(String date, String headline, String thread) {
    }

    public BriefingMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        if (pdf == null && html == null) {
            throw new IllegalArgumentException("a briefing to deliver has a PDF or an HTML file");
        }
        Objects.requireNonNull(stableName, "stableName");
        threadLabels = List.copyOf(threadLabels);
        keyDevelopments = List.copyOf(keyDevelopments);
    }

    /** What the render step of this run recorded in the job's execution context. */
    public static BriefingMessage from(ExecutionContext jobContext) {
        if (!jobContext.containsKey(RenderBriefingTasklet.STABLE_NAME)) {
            throw new IllegalStateException("the run has no rendered briefing to deliver (its render step recorded none)");
        }
        @SuppressWarnings("unchecked")
        List<List<String>> developments = (List<List<String>>) jobContext.get(RenderBriefingTasklet.KEY_DEVELOPMENTS);
        return new BriefingMessage(
                jobContext.getString(RenderBriefingTasklet.TITLE),
                jobContext.getString(RenderBriefingTasklet.COLLECTION),
                jobContext.getString(RenderBriefingTasklet.PERIOD),
                jobContext.getString(RenderBriefingTasklet.PRODUCED_AT),
                jobContext.getInt(RenderBriefingTasklet.ARTICLES),
                jobContext.getInt(RenderBriefingTasklet.OUTLETS),
                jobContext.getString(RenderBriefingTasklet.THREAD_LABELS).lines().toList(),
                developments.stream().map(d -> new KeyDevelopment(d.get(0), d.get(1), d.get(2))).toList(),
                jobContext.getString(RenderBriefingTasklet.PDF_PATH, null),
                jobContext.getString(RenderBriefingTasklet.HTML_PATH, null),
                jobContext.getString(RenderBriefingTasklet.STABLE_NAME));
    }

    /**
     * The subject of an email carrying the briefing: its title and period, on one line, because a
     * line break in a title would otherwise end the header early.
     */
    public String subject() {
        return (title + " \u2014 " + period).replaceAll("\\s+", " ").strip();
    }

    public Optional<Path> pdfFile() {
        return Optional.ofNullable(pdf).map(Path::of);
    }

    public Optional<Path> htmlFile() {
        return Optional.ofNullable(html).map(Path::of);
    }

    /** The files the run wrote: the PDF first, then the HTML. */
    public List<Path> files() {
        return Stream.of(pdfFile(), htmlFile()).flatMap(Optional::stream).toList();
    }
}
