package dev.briefing.ingest;

import dev.briefing.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every skipped input with its reason, in a transaction of its own, and says so in the
 * log. A skip that is not a {@link SkippedInputException} cannot happen: the skip policy skips
 * nothing else.
 */
public class SkipRecorder implements SkipListener<SourceDocument, Article> {

    private static final Logger LOG = LoggerFactory.getLogger(SkipRecorder.class);

    private final InputIssueStore issues;
    private final long jobInstanceId;
    private final long collectionId;

    public SkipRecorder(InputIssueStore issues, long jobInstanceId, long collectionId) {
        this.issues = issues;
        this.jobInstanceId = jobInstanceId;
        this.collectionId = collectionId;
    }

    @Override
    public void onSkipInRead(Throwable error) {
        record(error);
    }

    @Override
    public void onSkipInProcess(SourceDocument item, Throwable error) {
        record(error);
    }

    private void record(Throwable error) {
        SkippedInputException skipped = find(error);
        LOG.warn("skipped {}: {}", skipped.source().display(), skipped.reason());
        issues.record(jobInstanceId, collectionId, new InputIssue(skipped.source().key(), InputIssue.Severity.SKIPPED, skipped.reason()));
    }

    private static SkippedInputException find(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SkippedInputException skipped) {
                return skipped;
            }
        }
        throw new IllegalStateException("only unusable inputs are skipped, but this was: " + error, error);
    }
}
