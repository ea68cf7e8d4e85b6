package dev.briefing.deliver;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message as the SMTP server received it, taken apart: who it is for, its two bodies and its attachments. */
record ReceivedMail(List<String> to, List<String> cc, List<String> bcc, String subject, String messageId, String text, String html,
        List<String> bodyTypes, Map<String, byte[]> attachments) {

    static ReceivedMail of(MimeMessage message) {
        try {
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            List<String> bodyTypes = new ArrayList<>();
            String[] bodies = new String[2];
            walk(message, attachments, bodyTypes, bodies);
            return new ReceivedMail(addresses(message, Message.RecipientType.TO), addresses(message, Message.RecipientType.CC),
                    addresses(message, Message.RecipientType.BCC), message.getSubject(), message.getMessageID(), bodies[0], bodies[1],
                    bodyTypes, attachments);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(Part part, Map<String, byte[]> attachments, List<String> bodyTypes, String[] bodies)
            throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            bodyTypes.add(multipart.getContentType().split(";")[0].strip().toLowerCase());
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), attachments, bodyTypes, bodies);
            }
        } else if (part.isMimeType("text/plain")) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            bodies[1] = (String) part.getContent();
        }
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        var addresses = message.getRecipients(type);
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
