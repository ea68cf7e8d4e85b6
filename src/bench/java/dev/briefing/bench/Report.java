package dev.briefing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's report: sections of a table with notes under it. The same content goes to standard
 * output as plain text and to a Markdown file, so that BENCHMARKS.md can quote the file.
 */
public final class Report {

    /** One section; {@code notes} say how to read the table (what was measured, targets, skips). */
    public record Section(String title, Table table, List<String> notes) {
    }

    private final String title;
    private final List<Section> sections = new ArrayList<>();

    public Report(String title) {
        this.title = title;
    }

    public void add(String sectionTitle, Table table, List<String> notes) {
        sections.add(new Section(sectionTitle, table, List.copyOf(notes)));
    }

    public String plain() {
        StringBuilder text = new StringBuilder();
        text.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        for (Section section : sections) {
            text.append(section.title()).append('\n').append("-".repeat(section.title().length())).append('\n');
            if (section.table() != null) {
                text.append(section.table().plain());
            }
            section.notes().forEach(note -> text.append("  * ").append(note).append('\n'));
            text.append('\n');
        }
        return text.toString();
    }

    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(title).append("\n\n");
        for (Section section : sections) {
            text.append("## ").append(section.title()).append("\n\n");
            if (section.table() != null) {
                text.append(section.table().markdown()).append('\n');
            }
            section.notes().forEach(note -> text.append("- ").append(note).append('\n'));
            if (!section.notes().isEmpty()) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    public void writeMarkdown(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }
}
