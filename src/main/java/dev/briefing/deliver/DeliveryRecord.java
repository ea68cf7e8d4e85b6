package dev.briefing.deliver;

import java.time.OffsetDateTime;

/**
 * What the delivery log knows about one target of one run: a recipient of the email, or the
 * shared folder.
 *
 * @param attempts  how many times the target was tried (SMTP attempts, retries included, over every execution of the run)
 * @param messageId the email's Message-ID, the same on every attempt; null for the shared folder
 * @param lastError why the last failed attempt failed, free of credentials; null while none failed
 */
public record DeliveryRecord(long jobInstanceId, Channel channel, String target, Status status, int attempts, String messageId,
        String lastError, OffsetDateTime updatedAt) {

    public enum Channel {
        EMAIL, SHARED_FOLDER
    }

    /**
     * {@code SENDING}: an attempt started and did not report back, so the target may or may not have
     * it (the process died, or is still at it). {@code SENT}: delivered, never again for this run.
     * {@code FAILED}: every attempt failed; a restart tries again.
     */
    public enum Status {
        SENDING, SENT, FAILED
    }
}
