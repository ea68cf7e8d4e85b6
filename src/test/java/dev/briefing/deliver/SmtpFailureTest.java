package dev.briefing.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmtpFailureTest {

    @Test
    void aServerThatIsDownIsATransientFailureSaidInTheClientsWords() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(closedPort);
        Properties session = new Properties();
        session.setProperty("mail.smtp.connectiontimeout", "2000");
        sender.setJavaMailProperties(session);

        MailException down = catchThrowableOfType(MailException.class, () -> sender.send(sender.createMimeMessage()));
        SmtpFailure failure = SmtpFailure.of(down, Redaction.NONE);

        assertThat(failure.kind()).isEqualTo(SmtpFailure.Kind.TRANSIENT);
        assertThat(failure.getMessage()).startsWith("Couldn't connect to host, port: localhost, " + closedPort).contains("Connection refused");
    }

    @Test
    void theServersReplyCodeTellsTransientFromPermanent() {
        assertThat(kindOf(new SendFailedException("421 4.3.2 Service not available"))).isEqualTo(SmtpFailure.Kind.TRANSIENT);
        assertThat(kindOf(new SendFailedException("552 5.3.4 Message size exceeds fixed limit"))).isEqualTo(SmtpFailure.Kind.PERMANENT);
        SendFailedException invalid = new SendFailedException("Invalid Addresses", new SendFailedException("550 5.1.1 <x@example.org>: unknown"));
        assertThat(kindOf(invalid)).as("the code of a nested reply").isEqualTo(SmtpFailure.Kind.PERMANENT);
    }

    @Test
    void aRefusedLoginAndAMessageThatCannotBeBuiltAreNotTransient() {
        assertThat(SmtpFailure.of(new MailAuthenticationException("535 5.7.8 Authentication credentials invalid"), Redaction.NONE).kind())
                .isEqualTo(SmtpFailure.Kind.AUTHENTICATION);
        assertThat(SmtpFailure.of(new MailParseException("bad address"), Redaction.NONE).kind()).isEqualTo(SmtpFailure.Kind.PERMANENT);
    }

    @Test
    void itCarriesNoCauseAndNoCredential() {
        Redaction redaction = Redaction.of("briefing", "s3cret");
        String plain = Base64.getEncoder().encodeToString("\0briefing\0s3cret".getBytes(StandardCharsets.UTF_8));
        MailSendException raw = new MailSendException(Map.of("message",
                new MessagingException("535 rejected s3cret and " + plain, new IllegalStateException("login s3cret refused"))));

        SmtpFailure failure = SmtpFailure.of(raw, redaction);

        assertThat(failure.getCause()).isNull();
        assertThat(failure.getMessage()).isEqualTo("535 rejected [redacted] and [redacted]: login [redacted] refused");
    }

    @Test
    void aConnectionThatFailedToCloseAfterTheServerTookTheMessageIsNoFailure() {
        assertThat(SmtpFailure.sentAnyway(new MailSendException("Failed to close server connection after message sending",
                new MessagingException("421 closing")))).isTrue();
        assertThat(SmtpFailure.sentAnyway(new MailSendException(Map.of("message", new MessagingException("421 closing"))))).isFalse();
        assertThat(SmtpFailure.sentAnyway(new MailSendException("Mail server connection failed", new MessagingException("refused"),
                Map.of("message", new MessagingException("refused"))))).isFalse();
    }

    @Test
    void onlyTransientFailuresAreWorthRetrying() {
        RetryPolicy policy = new DeliveryProperties.Retry(3, Duration.ofMillis(1), 1, Duration.ofMillis(1)).policy(SmtpFailure::worthRetrying);

        assertThat(policy.shouldRetry(SmtpFailure.of(new MailSendException(Map.of("message", new SendFailedException("421 busy"))),
                Redaction.NONE))).isTrue();
        assertThat(policy.shouldRetry(SmtpFailure.of(new MailAuthenticationException("535"), Redaction.NONE))).isFalse();
        assertThat(policy.shouldRetry(new MailSendException(Map.of("message", new SendFailedException("421 busy")))))
                .as("only the redacted failure is ever retried").isFalse();
    }

    private static SmtpFailure.Kind kindOf(SendFailedException reply) {
        return SmtpFailure.of(new MailSendException(Map.of("message", reply)), Redaction.NONE).kind();
    }
}
