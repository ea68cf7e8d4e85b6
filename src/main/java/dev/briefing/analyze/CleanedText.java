package dev.briefing.analyze;

import dev.briefing.article.Paragraph;

import java.util.List;

/**
 * The body of an article after its site chrome is removed, with what the chrome told us.
 *
 * @param title    a title line found at the top of the text, or {@code null}
 * @param outlet   an outlet named by the chrome ("Source: Le Parisien", an agency sign-off), or {@code null}
 * @param dateline a date written as a dateline at the top of the text, unparsed, or {@code null}
 * @param removed  each removed block with the reason, so that cleaning can be audited
 */
public record CleanedText(
        String title,
        String outlet,
        String dateline,
        List<Paragraph> paragraphs,
        List<RemovedBlock> removed) {

    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    public record RemovedBlock(String text, String reason) {
    }
}
