package dev.briefing.render;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The files a run writes: the HTML briefing, the PDF (which carries the HTML inside it), or both. */
public enum OutputFormat {
    HTML, PDF;

    /** {@code "pdf,html"} or {@code "pdf"}, in any case and order. */
    public static Set<OutputFormat> parseList(String value) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String name : value.split(",")) {
            String format = name.strip().toLowerCase(Locale.ROOT);
            switch (format) {
                case "html" -> formats.add(HTML);
                case "pdf" -> formats.add(PDF);
                case "" -> { }
                default -> throw new IllegalArgumentException("output format '" + name.strip() + "' is not one of html, pdf");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format given (html, pdf or both)");
        }
        return formats;
    }

    /** The canonical list, {@code "html,pdf"}, the same for the same set whatever order it was given in. */
    public static String listOf(Set<OutputFormat> formats) {
        return Arrays.stream(values()).filter(formats::contains).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
