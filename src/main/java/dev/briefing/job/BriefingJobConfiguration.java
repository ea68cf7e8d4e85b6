package dev.briefing.job;

import dev.briefing.analyze.AnalyzeProcessor;
import dev.briefing.analyze.ArticleAnalyzer;
import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.Article;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.StoredArticle;
import dev.briefing.briefing.BriefingAssembler;
import dev.briefing.deliver.BriefingMessage;
import dev.briefing.deliver.DeliverBriefingTasklet;
import dev.briefing.deliver.DeliveryLog;
import dev.briefing.deliver.DeliveryProperties;
import dev.briefing.ingest.ArticleFormat;
import dev.briefing.ingest.ArticleSourceReader;
import dev.briefing.ingest.InputFileLedger;
import dev.briefing.ingest.InputIssueStore;
import dev.briefing.ingest.InputPartitioner;
import dev.briefing.ingest.InputReader;
import dev.briefing.ingest.InputScanner;
import dev.briefing.ingest.InputSkipPolicy;
import dev.briefing.ingest.SkipBudgets;
import dev.briefing.ingest.SkipRecorder;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.StoreArticlesWriter;
import dev.briefing.profile.ThreadProfileLoader;
import dev.briefing.render.BriefingHistory;
import dev.briefing.render.RenderBriefingTasklet;
import dev.briefing.render.RenderRequest;
import dev.briefing.render.TemplateFolder;
import dev.briefing.thread.SignalExtractor;
import dev.briefing.thread.ThreadAssignment;
import dev.briefing.thread.ThreadAssignmentWriter;
import dev.briefing.thread.ThreadStore;
import dev.briefing.thread.ThreadingProcessor;
import dev.briefing.thread.UnthreadedArticles;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Optional;

/**
 * Wiring of {@code briefingJob}: ingest (read, understand, store articles) -> thread (group them
 * into negotiation threads, developments and timeframes) -> render (write the HTML and PDF
 * briefing) -> deliver (email it, copy it to a shared folder). Only wiring lives here; each step's reader, processor and writer belong to their
 * feature packages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BriefingProperties.class, DeliveryProperties.class})
public class BriefingJobConfiguration {

    static final String JOB_NAME = "briefingJob";
    public static final String INGEST = "ingest";
    /** The ingest step's workers, named {@code ingest-files:partition<n>} in the job repository. */
    public static final String INGEST_FILES = "ingest-files";
    static final String THREAD = "thread";
    static final String RENDER = "render";
    public static final String DELIVER = "deliver";

    @Bean
    Job briefingJob(JobRepository jobRepository, Step ingestStep, Step threadStep, Step renderStep, Step deliverStep,
            RunOutcomeListener outcome) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(threadStep)
                .next(renderStep)
                .next(deliverStep)
                .listener(outcome)
                .build();
    }

    @Bean
    RunOutcomeListener runOutcomeListener(JobRepository jobRepository) {
        return new RunOutcomeListener(jobRepository);
    }

    /** One per step, created inside it for the step's other beans; a plain object, not a proxy. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    RunContext runContext(@Value("#{stepExecution}") StepExecution stepExecution, ArticleStore articles,
            ThreadProfileLoader profiles) {
        RunParameters parameters = RunParameters.of(stepExecution.getJobParameters());
        String root = parameters.input().toAbsolutePath().normalize().toString();
        return new RunContext(parameters, stepExecution.getJobExecution().getJobInstance().getInstanceId(),
                articles.collectionId(root), root,
                profiles.load(ThreadProfileLoader.resolve(parameters.options().profile(), parameters.input())));
    }

    // ---- ingest ------------------------------------------------------------------------

    /** Ingest as a partitioned step: one worker per core, each reading its share of the input files. */
    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestFilesStep, BriefingProperties properties, ProgressDisplay progress,
            SkipBudgets skipBudgets) {
        int workers = properties.ingest().workers();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(workers);
        return new StepBuilder(INGEST, jobRepository)
                .partitioner(INGEST_FILES, new InputPartitioner())
                .step(ingestFilesStep)
                .gridSize(workers)
                .taskExecutor(executor)
                .aggregator(new SkipShareCheck(jobRepository, properties.ingest().maxSkipShare(), properties.ingest().skipLimit()))
                .listener(StepProgress.ingest(progress, workers))
                .listener(new SkipBudgetListener(skipBudgets))
                .build();
    }

    @Bean
    Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, BriefingProperties properties,
            ArticleSourceReader articleSourceReader, AnalyzeProcessor analyzeProcessor, StoreArticlesWriter storeArticlesWriter,
            SkipRecorder skipRecorder, InputSkipPolicy inputSkipPolicy) {
        return new StepBuilder(INGEST_FILES, jobRepository)
                .<SourceDocument, Article>chunk(properties.ingest().chunkSize())
                .transactionManager(transactionManager)
                .reader(articleSourceReader)
                .processor(analyzeProcessor)
                .writer(storeArticlesWriter)
                .faultTolerant()
                .skipPolicy(inputSkipPolicy)
                .skipListener(skipRecorder)
                .build();
    }

    @Bean
    @StepScope
    ArticleSourceReader articleSourceReader(RunContext run, InputScanner scanner, List<ArticleFormat> formats,
            BriefingProperties properties, InputFileLedger ledger, ProgressDisplay progress,
            @Value("#{stepExecution}") StepExecution worker) {
        InputReader reader = new InputReader(formats, properties.ingest().maxFileSize().toBytes());
        return new ArticleSourceReader(run.parameters().input(), run.collectionRoot(), InputPartitioner.of(worker.getExecutionContext()),
                scanner, reader, ledger.forRun(run.collectionId(), run.jobInstanceId(), !run.parameters().options().reread()),
                StepProgress.ingestWorker(progress));
    }

    @Bean
    @StepScope
    AnalyzeProcessor analyzeProcessor(RunContext run, ArticleAnalyzer analyzer) {
        return new AnalyzeProcessor(analyzer, run.profile().anchors(), run.parameters().runDate());
    }

    @Bean
    @StepScope
    StoreArticlesWriter storeArticlesWriter(RunContext run, ArticleStore articles, InputIssueStore issues) {
        return new StoreArticlesWriter(articles, issues, run.jobInstanceId(), run.collectionId());
    }

    @Bean
    @StepScope
    SkipRecorder skipRecorder(RunContext run, InputIssueStore issues) {
        return new SkipRecorder(issues, run.jobInstanceId(), run.collectionId());
    }

    @Bean
    @StepScope
    InputSkipPolicy inputSkipPolicy(BriefingProperties properties, SkipBudgets budgets, @Value("#{stepExecution}") StepExecution worker) {
        return new InputSkipPolicy(budgets.of(worker.getJobExecutionId()), worker.getStepName(), properties.ingest().skipLimit());
    }

    // ---- thread ------------------------------------------------------------------------

    @Bean
    Step threadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, BriefingProperties properties,
            UnthreadedArticles unthreadedArticles, ThreadingProcessor threadingProcessor,
            ThreadAssignmentWriter threadAssignmentWriter, ProgressDisplay progress, JdbcClient jdbc, ArticleStore articles) {
        StepProgress threadProgress = new StepProgress(progress, THREAD, "articles", step -> {
            RunParameters parameters = RunParameters.of(step.getJobParameters());
            long collection = articles.collectionId(parameters.input().toAbsolutePath().normalize().toString());
            return UnthreadedArticles.count(jdbc, collection, step.getJobExecution().getJobInstance().getInstanceId());
        });
        return new StepBuilder(THREAD, jobRepository)
                .<StoredArticle, ThreadAssignment>chunk(properties.threading().chunkSize())
                .transactionManager(transactionManager)
                .reader(unthreadedArticles)
                .processor(threadingProcessor)
                .writer(threadAssignmentWriter)
                .listener(threadingProcessor)
                .listener((StepListener) threadProgress)
                .build();
    }

    @Bean
    @StepScope
    UnthreadedArticles unthreadedArticles(RunContext run, JdbcClient jdbc, ArticleStore articles) {
        return new UnthreadedArticles(jdbc, articles, run.collectionId(), run.jobInstanceId());
    }

    @Bean
    @StepScope
    ThreadingProcessor threadingProcessor(RunContext run, ThreadStore threads, SignalExtractor signals, TermExtractor terms,
            ContentFingerprinter fingerprinter, Gazetteer gazetteer) {
        return new ThreadingProcessor(threads, run.collectionId(), run.profile(), signals, terms, fingerprinter, gazetteer);
    }

    @Bean
    @StepScope
    ThreadAssignmentWriter threadAssignmentWriter(RunContext run, ThreadStore threads) {
        return new ThreadAssignmentWriter(threads, run.jobInstanceId());
    }

    // ---- render ------------------------------------------------------------------------

    @Bean
    Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RenderBriefingTasklet renderBriefingTasklet) {
        return new StepBuilder(RENDER, jobRepository)
                .tasklet(renderBriefingTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    RenderBriefingTasklet renderBriefingTasklet(RunContext run, ArticleStore articles, ThreadStore threads, InputIssueStore issues,
            BriefingAssembler assembler, BriefingHistory history, BriefingProperties properties) {
        RunParameters parameters = run.parameters();
        RunOptions options = parameters.options();
        RenderRequest request = new RenderRequest(run.collectionId(), run.jobInstanceId(), options.collectionName(),
                run.profile(), parameters.briefingFolder(), parameters.from(), parameters.to(), options.timeframe(),
                options.paper(), options.formats(), new TemplateFolder(options.templates()),
                parameters.producedAt().withZoneSameInstant(properties.zoneId()), properties.render().maxDevelopments());
        return new RenderBriefingTasklet(request, articles, threads, issues, assembler, history);
    }

    // ---- deliver -----------------------------------------------------------------------

    @Bean
    Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DeliverBriefingTasklet deliverBriefingTasklet) {
        return new StepBuilder(DELIVER, jobRepository)
                .tasklet(deliverBriefingTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    DeliverBriefingTasklet deliverBriefingTasklet(RunContext run, @Value("#{stepExecution}") StepExecution step, DeliveryProperties delivery,
            ObjectProvider<JavaMailSender> mailSender, DeliveryLog log) {
        return new DeliverBriefingTasklet(run.jobInstanceId(), BriefingMessage.from(step.getJobExecution().getExecutionContext()),
                run.parameters().recipients(), delivery, new TemplateFolder(run.parameters().options().templates()),
                Optional.ofNullable(mailSender.getIfAvailable()), log);
    }
}
