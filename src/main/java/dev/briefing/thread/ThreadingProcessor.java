package dev.briefing.thread;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.StoredArticle;
import dev.briefing.profile.ThreadProfile;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The thread step's processor. When the step's first article arrives (also on restart) it
 * rebuilds the threading state from what is committed, then places each article as it streams by;
 * after the step it labels the threads clustering created.
 *
 * <p>Placing articles is sequential (each decision depends on the ones before), but what
 * {@link ThreadAssigner#prepare} computes (terms and names per paragraph, the sketch of the whole
 * text) depends on the article alone. It is computed on a second thread as soon as the article is
 * read, while the articles read before it in the chunk are placed: a fifth of the thread step's
 * time, now off its critical path.
 */
public class ThreadingProcessor implements ItemProcessor<StoredArticle, ThreadAssignment>, StepExecutionListener,
        ItemReadListener<StoredArticle> {

    /** A thread's label is drawn from at most this many of its articles. */
    static final int LABEL_SAMPLE = 50;

    private final ThreadStore store;
    private final long collectionId;
    private final ThreadProfile profile;
    private final SignalExtractor signals;
    private final TermExtractor terms;
    private final ContentFingerprinter fingerprinter;
    private final Gazetteer gazetteer;
    /** Made when the first article arrives, see {@link #assigner()}. */
    private ThreadAssigner assigner;
    private ExecutorService preparer;
    /** Articles read but not yet placed, being prepared, by article id. */
    private final Map<String, Future<PreparedArticle>> pending = new HashMap<>();

    public ThreadingProcessor(ThreadStore store, long collectionId, ThreadProfile profile, SignalExtractor signals,
            TermExtractor terms, ContentFingerprinter fingerprinter, Gazetteer gazetteer) {
        this.store = store;
        this.collectionId = collectionId;
        this.profile = profile;
        this.signals = signals;
        this.terms = terms;
        this.fingerprinter = fingerprinter;
        this.gazetteer = gazetteer;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        // Each step execution replays what is committed by then, whichever scope the bean has.
        assigner = null;
        preparer = BackgroundWork.worker("thread-step-prepare");
    }

    /**
     * The state is replayed from every placement committed so far, which takes over a minute at
     * 100,000 articles; a run with nothing new to place (an unchanged archive on its schedule)
     * skips it.
     */
    private ThreadAssigner assigner() {
        if (assigner == null) {
            assigner = new ThreadAssigner(store.load(collectionId), profile, signals, terms, fingerprinter, gazetteer);
        }
        return assigner;
    }

    @Override
    public void afterRead(StoredArticle article) {
        ThreadAssigner placing = assigner();
        pending.put(article.article().id(), preparer.submit(() -> placing.prepare(article.article())));
    }

    /** Threads this step created get labels from all the articles they hold by now. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (preparer == null) {
            return stepExecution.getExitStatus();
        }
        // Preparing reads no database, so stopping it mid-article harms nothing.
        preparer.shutdownNow();
        pending.clear();
        if (assigner == null) {
            return stepExecution.getExitStatus();
        }
        assigner.labelsOfNewClusters(code -> store.mainArticles(collectionId, code, LABEL_SAMPLE))
                .forEach((code, label) -> store.relabel(collectionId, code, label));
        return stepExecution.getExitStatus();
    }

    @Override
    public ThreadAssignment process(StoredArticle article) throws InterruptedException {
        Future<PreparedArticle> prepared = pending.remove(article.article().id());
        // An article processed again after a failed chunk is no longer pending: prepare it here.
        if (prepared == null) {
            return assigner().assign(article.collectionId(), article.article());
        }
        return assigner.assign(article.collectionId(), article.article(),
                BackgroundWork.resultOf(prepared, "preparing an article for threading"));
    }
}
