/**
 * Delivering a produced briefing: by email (one message per recipient, bodies from the
 * user-editable templates {@code email.txt} and {@code email.html}, the PDF attached) through the
 * SMTP server of Spring Boot's {@code spring.mail.*} settings, and as copies in a shared folder
 * with {@code latest} pointers. Owns the delivery log (table {@code briefing_delivery}), which
 * records every recipient and folder per run so that a restarted run delivers only what was not
 * delivered, the retry of transient SMTP failures, and the deliver step's tasklet.
 */
package dev.briefing.deliver;
