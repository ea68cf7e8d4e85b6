package dev.briefing.article;

/** One paragraph of an article body, or a sub-heading inside it. */
public record Paragraph(String text, boolean heading) {

    public static Paragraph text(String text) {
        return new Paragraph(text, false);
    }

    public static Paragraph heading(String text) {
        return new Paragraph(text, true);
    }
}
