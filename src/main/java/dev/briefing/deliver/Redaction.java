package dev.briefing.deliver;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Removes the SMTP password from text that is logged or recorded. A server's reply or an
 * exception's message rarely repeats it, but one that does must not carry it into the log or the
 * delivery record; the forms SMTP authentication sends it in (base64 alone for LOGIN, with the
 * user name for PLAIN) are removed too.
 */
final class Redaction {

    static final String MARK = "[redacted]";
    static final Redaction NONE = new Redaction(List.of());

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    /** For the credentials of Spring Boot's sender; a sender of another kind keeps its own. */
    static Redaction of(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? of(impl.getUsername(), impl.getPassword()) : NONE;
    }

    static Redaction of(String username, String password) {
        if (password == null || password.isEmpty()) {
            return NONE;
        }
        Base64.Encoder base64 = Base64.getEncoder();
        List<String> secrets = new ArrayList<>(List.of(password, base64.encodeToString(password.getBytes(StandardCharsets.UTF_8))));
        if (username != null) {
            secrets.add(base64.encodeToString(("\0" + username + "\0" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return new Redaction(List.copyOf(secrets));
    }

    String apply(String text) {
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MARK);
        }
        return redacted;
    }
}
