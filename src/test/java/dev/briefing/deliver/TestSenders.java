package dev.briefing.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Senders for the tests, each configured as Spring Boot configured the application's (same
 * server, credentials and session properties) with one thing changed.
 */
final class TestSenders {

    private TestSenders() {
    }

    static JavaMailSenderImpl copyOf(JavaMailSenderImpl boot) {
        JavaMailSenderImpl copy = new JavaMailSenderImpl();
        configureLike(copy, boot);
        return copy;
    }

    static JavaMailSenderImpl withPassword(JavaMailSenderImpl boot, String password) {
        JavaMailSenderImpl sender = copyOf(boot);
        sender.setPassword(password);
        return sender;
    }

    static JavaMailSenderImpl withSessionProperty(JavaMailSenderImpl boot, String key, String value) {
        JavaMailSenderImpl sender = copyOf(boot);
        Properties properties = new Properties();
        properties.putAll(boot.getJavaMailProperties());
        properties.setProperty(key, value);
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static void configureLike(JavaMailSenderImpl sender, JavaMailSenderImpl boot) {
        sender.setHost(boot.getHost());
        sender.setPort(boot.getPort());
        sender.setUsername(boot.getUsername());
        sender.setPassword(boot.getPassword());
        sender.setJavaMailProperties(boot.getJavaMailProperties());
    }

    /**
     * Talks to the real server, except that the first {@code failures} messages to {@code address}
     * fail with the server reply {@code reply}, reported as Spring's sender reports a refused
     * message. Counts every attempt per recipient, and runs {@code beforeSend} before each.
     */
    static final class Flaky extends JavaMailSenderImpl {

        final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        private final String address;
        private final int failures;
        private final String reply;
        private final Consumer<String> beforeSend;

        Flaky(JavaMailSenderImpl boot, String address, int failures, String reply) {
            this(boot, address, failures, reply, recipient -> { });
        }

        Flaky(JavaMailSenderImpl boot, String address, int failures, String reply, Consumer<String> beforeSend) {
            configureLike(this, boot);
            this.address = address;
            this.failures = failures;
            this.reply = reply;
            this.beforeSend = beforeSend;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                String recipient = recipient(message);
                beforeSend.accept(recipient);
                int attempt = attempts.merge(recipient, 1, Integer::sum);
                if (recipient.equals(address) && attempt <= failures) {
                    throw new MailSendException(Map.of(message, new SendFailedException(reply)));
                }
            }
            super.doSend(messages, originals);
        }

        int attemptsFor(String recipient) {
            return attempts.getOrDefault(recipient, 0);
        }

        private static String recipient(MimeMessage message) {
            try {
                return List.of(message.getAllRecipients()).stream().map(a -> ((InternetAddress) a).getAddress()).findFirst().orElseThrow();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
