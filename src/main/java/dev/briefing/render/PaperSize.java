package dev.briefing.render;

import java.util.Locale;

/** Page sizes the PDF can be printed on; the CSS {@code @page size} keyword of each. */
public enum PaperSize {
    A4("A4"), LETTER("letter");

    private final String cssSize;

    PaperSize(String cssSize) {
        this.cssSize = cssSize;
    }

    public String cssSize() {
        return cssSize;
    }

    public static PaperSize parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter", "usletter" -> LETTER;
            default -> throw new IllegalArgumentException("paper size '" + value + "' is not one of a4, letter");
        };
    }
}
