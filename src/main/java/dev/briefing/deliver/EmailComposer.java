package dev.briefing.deliver;

import dev.briefing.render.OutputFiles;
import dev.briefing.render.TemplateFolder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the email that carries a briefing to one recipient: subject from the briefing's title and
 * period, a plain-text and an HTML body (alternatives of each other) from the template folder's
 * {@code email.txt} (Thymeleaf TEXT mode) and {@code email.html} (HTML mode, which escapes every
 * {@code th:text}, so article text shows as text), and the PDF attached, with the HTML briefing
 * too when configured. Each message has the one recipient in To: recipients never see each other.
 */
public final class EmailComposer {

    public static final String TEXT_TEMPLATE = "email.txt";
    public static final String HTML_TEMPLATE = "email.html";

    private final InternetAddress from;
    private final boolean attachHtml;
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public EmailComposer(TemplateFolder templates, String from, boolean attachHtml) {
        templates.require(List.of(TEXT_TEMPLATE, HTML_TEMPLATE));
        this.from = sender(from);
        this.attachHtml = attachHtml;
        FileTemplateResolver resolver = templates.resolver();
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
    }

    /**
     * The Message-ID of the briefing's email to the recipient in this run: the same on every attempt
     * and every restart, so that a message sent again after a crash is recognised by mail clients
     * as the one they may already have. Derived from the run, the briefing and the address, under
     * the sender's domain.
     */
    public String messageId(long jobInstanceId, BriefingMessage briefing, InternetAddress recipient) {
        String identity = jobInstanceId + "\n" + briefing.stableName() + "\n" + recipient.getAddress().toLowerCase(Locale.ROOT);
        String domain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<briefing." + jobInstanceId + "." + DigestUtils.sha256Hex(identity).substring(0, 24) + "@"
                + (domain.isEmpty() ? "localhost" : domain) + ">";
    }

    public MimeMessage compose(JavaMailSender sender, BriefingMessage briefing, InternetAddress recipient, String messageId) {
        List<String> attachments = attachmentNames(briefing);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("briefing", briefing);
        context.setVariable("attachments", attachments);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient);
            helper.setSubject(briefing.subject());
            helper.setText(engine.process(TEXT_TEMPLATE, context), engine.process(HTML_TEMPLATE, context));
            for (int i = 0; i < attachments.size(); i++) {
                Path file = attached(briefing).get(i);
                helper.addAttachment(attachments.get(i), new FileSystemResource(file), file.toString().endsWith(".pdf") ? "application/pdf" : "text/html");
            }
            message.setHeader("Message-ID", messageId);
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the email to " + recipient.getAddress() + ": " + e.getMessage(), e);
        }
    }

    /** The PDF, and the HTML when asked for or when the run wrote no PDF. */
    private List<Path> attached(BriefingMessage briefing) {
        return briefing.pdfFile().isPresent() && !attachHtml ? List.of(briefing.pdfFile().get()) : briefing.files();
    }

    private List<String> attachmentNames(BriefingMessage briefing) {
        String name = OutputFiles.sanitize(briefing.stableName());
        return attached(briefing).stream().map(file -> name + (file.toString().endsWith(".pdf") ? ".pdf" : ".html")).toList();
    }

    private static InternetAddress sender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("briefing.delivery.email.from is not set: an email needs a sender address");
        }
        try {
            return new InternetAddress(from.strip(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("briefing.delivery.email.from is not a valid address: " + e.getMessage(), e);
        }
    }
}
