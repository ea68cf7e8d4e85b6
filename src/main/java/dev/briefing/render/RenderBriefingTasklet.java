package dev.briefing.render;

import dev.briefing.article.ArticleStore;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.briefing.BriefingInput;
import dev.briefing.briefing.BriefingModel.Briefing;
import dev.briefing.briefing.PreviousBriefing;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The render step: assembles the briefing from the store and writes {@code briefing.html} and
 * {@code briefing.pdf} (those of the two the run asks for), each moved into place whole, after
 * clearing what a render killed midway left behind. The paths and what the briefing says in
 * brief go into the job's execution context, as strings, numbers and lists, so that later steps
 * (delivery) and the run summary can name them, also in a restarted run that does not render
 * again.
 */
public class RenderBriefingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(RenderBriefingTasklet.class);
    static final String HTML_FILE = "briefing.html";
    static final String PDF_FILE = "briefing.pdf";
    public static final String HTML_PATH = "briefing.html.path";
    public static final String PDF_PATH = "briefing.pdf.path";
    public static final String SOURCES_PATH = "briefing.sources.path";
    /** The labels of the threads the briefing has a chapter for. */
    public static final String THREAD_LABELS = "briefing.threads";
    /** How many threads the run's articles fall into, with a chapter or not. */
    public static final String THREADS = "briefing.thread-count";
    public static final String DEVELOPMENTS = "briefing.developments";
    public static final String TITLE = "briefing.title";
    public static final String COLLECTION = "briefing.collection";
    public static final String PERIOD = "briefing.period";
    public static final String PRODUCED_AT = "briefing.produced-at";
    public static final String ARTICLES = "briefing.articles";
    public static final String OUTLETS = "briefing.outlets";
    /** The key developments, each a list of its date, headline and thread label. */
    public static final String KEY_DEVELOPMENTS = "briefing.key-developments";
    /** The name of the briefing's output folder, which also names copies of it made elsewhere. */
    public static final String STABLE_NAME = "briefing.stable-name";

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
        Optional<PreviousBriefing> previous = history.previous(request.collectionId(), request.jobInstanceId(), request.producedAt().getZone());
        long since = previous.map(PreviousBriefing::jobInstanceId).orElse(0L);
        LOG.info("render: assembling the briefing");
        Briefing briefing = assembler.assemble(new BriefingInput(
                request.collectionName(),
                request.jobInstanceId(),
                articles.outlinesSeenBy(request.collectionId(), request.jobInstanceId()),
                articles::byIds,
                articles.firstSeenSince(request.collectionId(), request.jobInstanceId(), since),
                articles.changedSince(request.collectionId(), request.jobInstanceId(), since),
                previous,
                threads.partsSeenBy(request.collectionId(), request.jobInstanceId()),
                threads.threads(request.collectionId()),
                request.profile(),
                issues.forRun(request.jobInstanceId()),
                request.from(),
                request.to(),
                request.timeframeUnit(),
                request.producedAt(),
                request.maxDetailedDevelopments()));
        HtmlBriefingRenderer html = new HtmlBriefingRenderer(request.templates());
        OutputFiles.removeLeftovers(request.outputFolder());
        LOG.info("render: writing {} threads, {} developments", briefing.overview().threadCount(), briefing.overview().developmentCount());
        byte[] standalone = html.render(briefing, request.paper(), false).getBytes(StandardCharsets.UTF_8);
        var jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        if (request.formats().contains(OutputFormat.HTML)) {
            Path htmlFile = request.outputFolder().resolve(HTML_FILE);
            OutputFiles.writeAtomically(htmlFile, standalone);
            jobContext.putString(HTML_PATH, htmlFile.toString());
        }
        Path sourcesFile = request.outputFolder().resolve(SourceIndex.FILE);
        byte[] sourceIndex = SourceIndex.csv(briefing.sourceIndex()).getBytes(StandardCharsets.UTF_8);
        OutputFiles.writeAtomically(sourcesFile, sourceIndex);
        jobContext.putString(SOURCES_PATH, sourcesFile.toString());
        if (request.formats().contains(OutputFormat.PDF)) {
            LOG.info("render: laying out the PDF");
            Path pdfFile = request.outputFolder().resolve(PDF_FILE);
            String printed = html.render(briefing, request.paper(), true);
            PdfBriefingRenderer pdf = new PdfBriefingRenderer(request.templates());
            OutputFiles.writeAtomically(pdfFile, out -> pdf.render(printed, standalone, sourceIndex, request.producedAt().toInstant(), out));
            jobContext.putString(PDF_PATH, pdfFile.toString());
        }
        history.record(request.collectionId(), request.jobInstanceId(), request.producedAt());
        jobContext.putString(THREAD_LABELS, String.join("\n", briefing.threads().stream().map(t -> t.label()).toList()));
        jobContext.putInt(THREADS, briefing.overview().threadCount());
        jobContext.putInt(DEVELOPMENTS, briefing.overview().developmentCount());
        jobContext.putString(TITLE, briefing.title());
        jobContext.putString(COLLECTION, briefing.collection());
        jobContext.putString(PERIOD, briefing.period().display());
        jobContext.putString(PRODUCED_AT, briefing.producedAtDisplay());
        jobContext.putInt(ARTICLES, briefing.overview().articleCount());
        jobContext.putInt(OUTLETS, briefing.overview().outletCount());
        // ArrayLists: serialisable by every execution context serialiser, unlike List.of's classes
        jobContext.put(KEY_DEVELOPMENTS, new ArrayList<>(briefing.keyDevelopments().stream()
                .map(d -> new ArrayList<>(List.of(d.date().brief(), d.headline(), d.threadLabel())))
                .toList()));
        jobContext.putString(STABLE_NAME, OutputFiles.sanitize(request.outputFolder().getFileName().toString()));
        return RepeatStatus.FINISHED;
    }
}
