package dev.briefing.deliver;

import dev.briefing.deliver.DeliveryRecord.Channel;
import dev.briefing.deliver.DeliveryRecord.Status;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Emails a briefing to each recipient that does not have it yet in this run, one message each,
 * recording every attempt in the delivery log.
 *
 * <p>A recipient recorded {@code SENT} for the run is never sent to again. One recorded
 * {@code SENDING} was being sent when the process died: the server may or may not have taken the
 * message, and SMTP offers no way to ask. It is sent again, with the same Message-ID, so that
 * mail clients that already have it can tell the copy for what it is: a recipient may get the
 * briefing twice, never not at all. The window is the moment between the server's acceptance and
 * the commit of {@code SENT}.
 *
 * <p>A transient failure (no connection, a 4xx reply) is retried with the configured backoff; a
 * permanent one (5xx) is not; a refused login is not retried and ends emailing for the run, since
 * every other recipient would fail the same way and repeated failed logins can lock the account.
 * A recipient whose attempts are exhausted is recorded {@code FAILED} with the reason, and the
 * others are still tried.
 */
public final class EmailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDelivery.class);

    private final JavaMailSender sender;
    private final EmailComposer composer;
    private final DeliveryLog log;
    private final RetryTemplate retry;
    private final Redaction redaction;

    public EmailDelivery(JavaMailSender sender, EmailComposer composer, DeliveryLog log, DeliveryProperties.Retry retry) {
        this.sender = sender;
        this.composer = composer;
        this.log = log;
        this.retry = new RetryTemplate(retry.policy(SmtpFailure::worthRetrying));
        this.redaction = Redaction.of(sender);
    }

    public DeliveryOutcome deliver(long jobInstanceId, BriefingMessage briefing, List<String> recipients) {
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> targets = new LinkedHashSet<>();
        int sentNow = 0;
        int sentBefore = 0;
        Optional<String> refusedLogin = Optional.empty();
        for (String recipient : recipients) {
            InternetAddress address;
            try {
                address = new InternetAddress(recipient, true);
            } catch (AddressException e) {
                String target = recipient.toLowerCase(Locale.ROOT);
                targets.add(target);
                fail(jobInstanceId, target, "not a valid address: " + e.getMessage(), failures);
                continue;
            }
            String target = address.getAddress().toLowerCase(Locale.ROOT);
            if (!targets.add(target)) {
                continue;
            }
            Optional<DeliveryRecord> earlier = log.find(jobInstanceId, Channel.EMAIL, target);
            if (earlier.filter(r -> r.status() == Status.SENT).isPresent()) {
                sentBefore++;
                continue;
            }
            if (refusedLogin.isPresent()) {
                fail(jobInstanceId, target, "not attempted: " + refusedLogin.get(), failures);
                continue;
            }
            if (earlier.filter(r -> r.status() == Status.SENDING).isPresent()) {
                LOG.info("deliver: sending to {} again with the same Message-ID: an earlier attempt did not report back", target);
            }
            try {
                send(jobInstanceId, briefing, address, target);
                sentNow++;
            } catch (SmtpFailure failure) {
                fail(jobInstanceId, target, failure.getMessage(), failures);
                if (failure.kind() == SmtpFailure.Kind.AUTHENTICATION) {
                    refusedLogin = Optional.of("the SMTP server refused the login (" + failure.getMessage() + ")");
                }
            }
        }
        return new DeliveryOutcome(summary(targets.size(), sentNow, sentBefore, failures), failures);
    }

    private void send(long jobInstanceId, BriefingMessage briefing, InternetAddress address, String target) {
        String messageId = composer.messageId(jobInstanceId, briefing, address);
        MimeMessage message;
        try {
            message = composer.compose(sender, briefing, address, messageId);
        } catch (MailException e) {
            throw SmtpFailure.of(e, redaction);
        }
        try {
            retry.execute(new Retryable<Void>() {
                @Override
                public Void execute() {
                    log.attempting(jobInstanceId, Channel.EMAIL, target, messageId);
                    transmit(message);
                    return null;
                }

                @Override
                public String getName() {
                    return "email to " + target;
                }
            });
        } catch (RetryException e) {
            if (e.getCause() instanceof SmtpFailure failure) {
                throw failure.afterAttempts(e.getRetryCount() + 1);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
        log.sent(jobInstanceId, Channel.EMAIL, target);
        LOG.info("deliver: emailed {} (Message-ID {})", target, messageId);
    }

    private void transmit(MimeMessage message) {
        try {
            sender.send(message);
        } catch (MailException e) {
            if (!SmtpFailure.sentAnyway(e)) {
                throw SmtpFailure.of(e, redaction);
            }
        } catch (RuntimeException e) {
            throw SmtpFailure.of(e, redaction);
        }
    }

    private void fail(long jobInstanceId, String target, String reason, Map<String, String> failures) {
        log.failed(jobInstanceId, Channel.EMAIL, target, reason);
        failures.put(target, reason);
        LOG.warn("deliver: email to {} failed: {}", target, reason);
    }

    private static String summary(int recipients, int sentNow, int sentBefore, Map<String, String> failures) {
        StringBuilder summary = new StringBuilder("emailed ").append(sentNow + sentBefore).append(" of ").append(recipients).append(" recipients");
        if (sentBefore > 0) {
            summary.append(" (").append(sentBefore).append(" by an earlier attempt)");
        }
        if (!failures.isEmpty()) {
            summary.append("; ").append(failures.size()).append(" failed: ");
            failures.forEach((target, reason) -> summary.append(target).append(" (").append(reason).append("), "));
            summary.setLength(summary.length() - 2);
        }
        return summary.toString();
    }
}
