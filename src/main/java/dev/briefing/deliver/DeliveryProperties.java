package dev.briefing.deliver;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.retry.RetryPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a produced briefing is delivered (defaults in application.yaml, documented in README,
 * "Delivery"). The SMTP server and its credentials are not here: they are Spring Boot's
 * {@code spring.mail.*} settings, so that they can come from the environment
 * ({@code SPRING_MAIL_PASSWORD}) and are never part of this project's own configuration.
 *
 * @param sharedFolder a folder that receives a copy of every briefing and {@code latest} pointers; empty for none
 */
@ConfigurationProperties("briefing.delivery")
public record DeliveryProperties(@DefaultValue Email email, String sharedFolder) {

    /** The shared folder, if one is configured (an empty setting must not mean the working directory). */
    public Optional<Path> sharedFolderPath() {
        return sharedFolder == null || sharedFolder.isBlank() ? Optional.empty() : Optional.of(Path.of(sharedFolder.strip()));
    }

    /**
     * @param recipients addresses ({@code a@example.org} or {@code Name <a@example.org>}); none means no email
     * @param from       the sender address; required when there are recipients
     * @param attachHtml attach {@code briefing.html} as well as the PDF
     */
    public record Email(@DefaultValue List<String> recipients, String from, @DefaultValue("false") boolean attachHtml,
            @DefaultValue Retry retry) {

        public Email {
            recipients = recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        }
    }

    /**
     * How a recipient whose message the SMTP server could not take for a transient reason is tried
     * again: up to {@code maxAttempts} attempts in all, the waits between them growing from
     * {@code initialDelay} by {@code multiplier} up to {@code maxDelay}.
     */
    public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("2s") Duration initialDelay,
            @DefaultValue("2") double multiplier, @DefaultValue("30s") Duration maxDelay) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("briefing.delivery.email.retry.max-attempts must be at least 1, not " + maxAttempts);
            }
        }

        /** A policy with these attempts and waits that retries only the failures {@code worthRetrying} accepts. */
        RetryPolicy policy(Predicate<Throwable> worthRetrying) {
            return RetryPolicy.builder()
                    .maxRetries(maxAttempts - 1L)
                    .delay(initialDelay)
                    .multiplier(multiplier)
                    .maxDelay(maxDelay)
                    .predicate(worthRetrying)
                    .build();
        }
    }
}
