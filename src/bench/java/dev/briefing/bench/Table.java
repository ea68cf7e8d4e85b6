package dev.briefing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One table of the report, rendered as aligned plain text for the terminal and as Markdown for the file. */
public record Table(List<String> header, List<List<String>> rows) {

    /** Figures line up on the right, words on the left. */
    private static final Pattern FIGURE = Pattern.compile("[-+]?[\\d,.]+(?: ?(?:MiB|GiB|s|%))?|n/a|");

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Table of(List<String> header) {
        return new Table(header, List.of());
    }

    public Table with(List<String> row) {
        List<List<String>> more = new ArrayList<>(rows);
        more.add(row);
        return new Table(header, more);
    }

    private boolean[] figureColumns() {
        boolean[] figures = new boolean[header.size()];
        for (int c = 0; c < figures.length; c++) {
            int column = c;
            figures[c] = rows.stream().anyMatch(row -> !cell(row, column).isEmpty())
                    && rows.stream().allMatch(row -> FIGURE.matcher(cell(row, column)).matches());
        }
        return figures;
    }

    public String plain() {
        boolean[] figures = figureColumns();
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], cell(row, c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, header, widths, figures);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        text.append(rule).append('\n');
        rows.forEach(row -> line(text, row, widths, figures));
        return text.toString();
    }

    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| ").append(String.join(" | ", header)).append(" |\n");
        text.append("|");
        for (boolean figure : figureColumns()) {
            text.append(figure ? "---:|" : "---|");
        }
        text.append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                cells.add(cell(row, c).replace("|", "\\|"));
            }
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths, boolean[] figures) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(cells, c);
            line.append(c == 0 ? "" : "  ").append(figures[c] ? padLeft(cell, widths[c]) : pad(cell, widths[c]));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
