package dev.briefing.deliver;

import dev.briefing.deliver.DeliveryRecord.Channel;
import dev.briefing.deliver.DeliveryRecord.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Per run, channel and target (recipient or folder), whether the briefing was delivered: the
 * record that lets a restarted run deliver only what was not.
 *
 * <p>Every change is committed at once in a transaction of its own, even when the caller runs
 * inside the step's transaction: a record that waited for the step to commit would be lost with
 * it when the process dies, and a message the server already took would be sent again. So the
 * deliver step marks a recipient {@code SENDING} (committed) before it talks to the SMTP server
 * and {@code SENT} (committed) as soon as the server has taken the message.
 */
@Repository
public class DeliveryLog {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryLog(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<DeliveryRecord> find(long jobInstanceId, Channel channel, String target) {
        return jdbc.sql("SELECT * FROM briefing_delivery WHERE job_instance_id = ? AND channel = ? AND target = ?")
                .params(jobInstanceId, channel.name(), target)
                .query(DeliveryLog::record)
                .optional();
    }

    public List<DeliveryRecord> forRun(long jobInstanceId) {
        return jdbc.sql("SELECT * FROM briefing_delivery WHERE job_instance_id = ? ORDER BY channel, target")
                .param(jobInstanceId)
                .query(DeliveryLog::record)
                .list();
    }

    /** Whether a run after this one has already delivered to the target (so this one is no longer the newest there). */
    public boolean deliveredByLaterRun(long jobInstanceId, Channel channel, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM briefing_delivery WHERE job_instance_id > ? AND channel = ? AND target = ? AND status = ?")
                .params(jobInstanceId, channel.name(), target, Status.SENT.name())
                .query(Integer.class)
                .single() > 0;
    }

    /** Records that an attempt starts now: {@code SENDING}, one attempt more. */
    public void attempting(long jobInstanceId, Channel channel, String target, String messageId) {
        change(jobInstanceId, channel, target, "status = ?, attempts = attempts + 1, message_id = ?", Status.SENDING.name(), messageId);
    }

    public void sent(long jobInstanceId, Channel channel, String target) {
        change(jobInstanceId, channel, target, "status = ?", Status.SENT.name());
    }

    /**
     * Records that delivery to the target failed for {@code error}, which must already be free of
     * credentials. A target that was never attempted (because an earlier one showed it would fail
     * the same way) is recorded with no attempt.
     */
    public void failed(long jobInstanceId, Channel channel, String target, String error) {
        String bounded = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026" : error;
        change(jobInstanceId, channel, target, "status = ?, last_error = ?", Status.FAILED.name(), bounded);
    }

    /** Applies {@code assignments} to the target's row, made first (with no attempt) if the target has none, and commits. */
    private void change(long jobInstanceId, Channel channel, String target, String assignments, Object... values) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(values));
        parameters.addAll(List.of(now(), jobInstanceId, channel.name(), target));
        String update = "UPDATE briefing_delivery SET " + assignments + ", updated_at = ? WHERE job_instance_id = ? AND channel = ? AND target = ?";
        ownTransaction.executeWithoutResult(transaction -> {
            if (jdbc.sql(update).params(parameters).update() == 0) {
                jdbc.sql("INSERT INTO briefing_delivery (job_instance_id, channel, target, status, attempts, updated_at) VALUES (?, ?, ?, ?, 0, ?)")
                        .params(jobInstanceId, channel.name(), target, Status.FAILED.name(), now())
                        .update();
                jdbc.sql(update).params(parameters).update();
            }
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static DeliveryRecord record(ResultSet rs, int row) throws SQLException {
        return new DeliveryRecord(
                rs.getLong("job_instance_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("target"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("message_id"),
                rs.getString("last_error"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
