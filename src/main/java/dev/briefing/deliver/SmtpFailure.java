package dev.briefing.deliver;

import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why handing a message to the SMTP server failed, and whether trying again can help. It replaces
 * the mail exception rather than wrapping it: the original's message may repeat what the server
 * was sent, and anything that logs this one (the retry template does, at debug level) must find
 * nothing but the redacted description.
 */
final class SmtpFailure extends RuntimeException {

    /**
     * {@code TRANSIENT}: the connection failed or the server answered 4xx; worth retrying.
     * {@code PERMANENT}: the server refused the message for good (5xx) or it could not be built.
     * {@code AUTHENTICATION}: the server refused the credentials; retrying only risks a locked account.
     */
    enum Kind {
        TRANSIENT, PERMANENT, AUTHENTICATION
    }

    private static final String CLOSE_AFTER_SENDING = "Failed to close server connection after message sending";
    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245])\\d\\d[\\s-]");

    private final Kind kind;

    private SmtpFailure(Kind kind, String description) {
        super(description, null, false, true);
        this.kind = kind;
    }

    static SmtpFailure of(RuntimeException e, Redaction redaction) {
        return new SmtpFailure(kind(e), redaction.apply(describe(e)));
    }

    Kind kind() {
        return kind;
    }

    /** Whether another attempt can help: only for a transient failure, already redacted. */
    static boolean worthRetrying(Throwable e) {
        return e instanceof SmtpFailure failure && failure.kind == Kind.TRANSIENT;
    }

    /** The same failure, saying how often it was tried when that was more than once. */
    SmtpFailure afterAttempts(int attempts) {
        return attempts > 1 ? new SmtpFailure(kind, "after " + attempts + " attempts: " + getMessage()) : this;
    }

    /**
     * Whether the message went out although sending reported a failure: Spring's sender reports a
     * connection it could not close after the server took every message as a send exception
     * without failed messages, and with this text. Sending such a message again would deliver it
     * twice; should Spring ever word it differently, it counts as failed and is resent with the
     * same Message-ID, which loses nothing.
     */
    static boolean sentAnyway(MailException e) {
        return e instanceof MailSendException send && send.getFailedMessages().isEmpty()
                && CLOSE_AFTER_SENDING.equals(send.getMessage());
    }

    private static Kind kind(RuntimeException e) {
        if (e instanceof MailAuthenticationException) {
            return Kind.AUTHENTICATION;
        }
        if (!(e instanceof MailException) || e instanceof MailPreparationException || e instanceof MailParseException) {
            return Kind.PERMANENT;
        }
        for (Throwable cause : chain(e)) {
            if (cause instanceof SendFailedException && cause.getMessage() != null) {
                Matcher code = REPLY_CODE.matcher(cause.getMessage());
                if (code.find() && code.group(1).equals("5")) {
                    return Kind.PERMANENT;
                }
            }
        }
        return Kind.TRANSIENT;
    }

    /** The distinct first lines of the messages along the chain of causes: what the server and the client said. */
    private static String describe(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable cause : chain(e)) {
            if (cause instanceof MailSendException send && send.getMessageExceptions().length > 0) {
                continue; // its message lists the failures the chain visits one by one
            }
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
            if (!message.isEmpty() && parts.stream().noneMatch(part -> part.contains(message))) {
                parts.add(message);
            }
        }
        return String.join(": ", parts);
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("").replaceFirst(";\\s*nested exception is:?\\s*$", "").strip();
    }

    /** The exception, the failures a send exception holds per message, and all their causes (a mail exception's next exception is its cause). */
    private static List<Throwable> chain(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable next = pending.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            chain.add(next);
            if (next instanceof MailSendException send) {
                pending.addAll(List.of(send.getMessageExceptions()));
            }
            if (next.getCause() != null) {
                pending.addLast(next.getCause());
            }
        }
        return chain;
    }
}
