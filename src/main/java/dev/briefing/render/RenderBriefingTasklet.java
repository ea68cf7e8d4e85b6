package dev.briefing.render;

import dev.briefing.article.ArticleStore;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.briefing.BriefingInput;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.thread.ThreadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The render step: assembles the briefing from the store and writes {@code briefing.html} and
 * {@code briefing.pdf}, each moved into place whole. The paths go into the job's execution
 * context so that later steps and the run summary can name them.
 */
public class RenderBriefingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(RenderBriefingTasklet.class);
    public static final String HTML_PATH = "briefing.html.path";
    public static final String PDF_PATH = "briefing.pdf.path";
    public static final String THREAD_LABELS = "briefing.threads";
    public static final String DEVELOPMENTS = "briefing.developments";

    private final RenderRequest request;
    private final ArticleStore articles;
    private final ThreadStore threads;
    private final InputIssueStore issues;
    private final BriefingAssembler assembler;
    private final BriefingHistory history;

    public RenderBriefingTasklet(RenderRequest request, ArticleStore articles, ThreadStore threads, InputIssueStore issues,
            BriefingAssembler assembler, BriefingHistory history) {
        this.request = request;
        this.articles = articles;
        this.threads = threads;
        this.issues = issues;
        this.assembler = assembler;
        this.history = history;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Briefing briefing = assembler.assemble(new BriefingInput(
                request.collectionName(),
                request.jobInstanceId(),
                articles.seenBy(request.collectionId(), request.jobInstanceId()),
                articles.firstSeenBy(request.collectionId(), request.jobInstanceId()),
                articles.changedBy(request.collectionId(), request.jobInstanceId()),
                history.previous(request.collectionId(), request.jobInstanceId(), request.producedAt().getZone()),
                threads.partsSeenBy(request.collectionId(), request.jobInstanceId()),
                threads.threads(request.collectionId()),
                request.profile(),
                issues.forRun(request.jobInstanceId()),
                request.from(),
                request.to(),
                request.timeframeUnit(),
                request.producedAt()));
        HtmlBriefingRenderer html = new HtmlBriefingRenderer(request.templates());
        Path htmlFile = request.outputFolder().resolve("briefing.html");
        Path pdfFile = request.outputFolder().resolve("briefing.pdf");
        LOG.info("render: writing {} threads, {} developments", briefing.overview().threadCount(), briefing.overview().developmentCount());
        byte[] standalone = html.render(briefing, request.paper(), false).getBytes(StandardCharsets.UTF_8);
        OutputFiles.writeAtomically(htmlFile, standalone);
        byte[] pdf = new PdfBriefingRenderer(request.templates())
                .render(html.render(briefing, request.paper(), true), standalone, request.producedAt().toInstant());
        OutputFiles.writeAtomically(pdfFile, pdf);
        history.record(request.collectionId(), request.jobInstanceId(), request.producedAt());
        var jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        jobContext.putString(HTML_PATH, htmlFile.toString());
        jobContext.putString(PDF_PATH, pdfFile.toString());
        jobContext.putString(THREAD_LABELS, String.join("\n", briefing.threads().stream().map(t -> t.label()).toList()));
        jobContext.putInt(DEVELOPMENTS, briefing.overview().developmentCount());
        return RepeatStatus.FINISHED;
    }
}
