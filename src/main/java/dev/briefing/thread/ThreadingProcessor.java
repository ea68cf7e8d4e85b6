package dev.briefing.thread;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.Gazetteer;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.StoredArticle;
import dev.briefing.profile.ThreadProfile;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The thread step's processor. Before the step starts (and again on restart) it rebuilds the
 * threading state from what is committed, then places each article as it streams by; after the
 * step it labels the threads clustering created.
 */
public class ThreadingProcessor implements ItemProcessor<StoredArticle, ThreadAssignment>, StepExecutionListener {

    /** A thread's label is drawn from at most this many of its articles. */
    static final int LABEL_SAMPLE = 50;

    private final ThreadStore store;
    private final long collectionId;
    private final ThreadProfile profile;
    private final SignalExtractor signals;
    private final TermExtractor terms;
    private final ContentFingerprinter fingerprinter;
    private final Gazetteer gazetteer;
    private ThreadAssigner assigner;

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
        assigner = new ThreadAssigner(store.load(collectionId), profile, signals, terms, fingerprinter, gazetteer);
    }

    /** Threads this step created get labels from all the articles they hold by now. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        assigner.labelsOfNewClusters(code -> store.mainArticles(collectionId, code, LABEL_SAMPLE))
                .forEach((code, label) -> store.relabel(collectionId, code, label));
        return stepExecution.getExitStatus();
    }

    @Override
    public ThreadAssignment process(StoredArticle article) {
        return assigner.assign(article.collectionId(), article.article());
    }
}
