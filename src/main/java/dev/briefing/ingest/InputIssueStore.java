package dev.briefing.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Records skipped and degraded inputs per run. Skips are recorded in a transaction of their own:
 * the skip listener is called inside a chunk transaction that may still roll back, and a skip
 * must not be forgotten with it. Recording the same issue twice (a retried chunk) keeps one row.
 */
@Repository
public class InputIssueStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public InputIssueStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(long jobInstanceId, long collectionId, InputIssue issue) {
        ownTransaction.executeWithoutResult(status -> {
            int known = jdbc.sql("SELECT COUNT(*) FROM input_issue WHERE job_instance_id = ? AND source_key = ? AND severity = ? AND reason = ?")
                    .params(jobInstanceId, issue.sourceKey(), issue.severity().name(), truncate(issue.reason()))
                    .query(Integer.class).single();
            if (known == 0) {
                jdbc.sql("INSERT INTO input_issue (job_instance_id, collection_id, source_key, severity, reason) VALUES (?, ?, ?, ?, ?)")
                        .params(jobInstanceId, collectionId, issue.sourceKey(), issue.severity().name(), truncate(issue.reason()))
                        .update();
            }
        });
    }

    /** The issues of one run, in source order. */
    public List<InputIssue> forRun(long jobInstanceId) {
        return jdbc.sql("SELECT source_key, severity, reason FROM input_issue WHERE job_instance_id = ? ORDER BY source_key, severity, reason")
                .param(jobInstanceId)
                .query((rs, row) -> new InputIssue(rs.getString(1), InputIssue.Severity.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private static String truncate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
