package dev.briefing.thread;

import dev.briefing.analyze.ContentFingerprinter;
import dev.briefing.analyze.TermExtractor;
import dev.briefing.article.StoredArticle;
import dev.briefing.profile.ThreadProfile;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The thread step's processor. Before the step starts (and again on restart) it rebuilds the
 * threading state from what is committed, then places each article as it streams by.
 */
public class ThreadingProcessor implements ItemProcessor<StoredArticle, ThreadAssignment>, StepExecutionListener {

    private final ThreadStore store;
    private final long collectionId;
    private final ThreadProfile profile;
    private final SignalExtractor signals;
    private final TermExtractor terms;
    private final ContentFingerprinter fingerprinter;
    private ThreadAssigner assigner;

    public ThreadingProcessor(ThreadStore store, long collectionId, ThreadProfile profile, SignalExtractor signals,
            TermExtractor terms, ContentFingerprinter fingerprinter) {
        this.store = store;
        this.collectionId = collectionId;
        this.profile = profile;
        this.signals = signals;
        this.terms = terms;
        this.fingerprinter = fingerprinter;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        assigner = new ThreadAssigner(store.load(collectionId), profile, signals, terms, fingerprinter);
    }

    @Override
    public ThreadAssignment process(StoredArticle article) {
        return assigner.assign(article.collectionId(), article.article());
    }
}
