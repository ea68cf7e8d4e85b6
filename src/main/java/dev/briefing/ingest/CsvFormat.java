package dev.briefing.ingest;

import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * CSV and TSV exports with a header row and one article per row, read with Apache Commons CSV.
 * The delimiter (comma, semicolon or tab) is taken from the header. A row without text is skipped
 * on its own with its row number; a row the parser cannot read ends the file with that reason, the
 * rows before it kept.
 */
public final class CsvFormat implements ArticleFormat {

    private static final Set<String> EXTENSIONS = Set.of("csv", "tsv");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        return EXTENSIONS.contains(file.extension()) && !Catalogue.isCatalogue(file);
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        List<ReadResult> results = new ArrayList<>();
        try (CSVParser parser = parser(file, text)) {
            List<String> header = parser.getHeaderNames();
            if (header.stream().noneMatch(h -> MetadataFields.TEXT.contains(normalised(h)) || MetadataFields.HTML.contains(normalised(h)))) {
                return List.of(new ReadResult.Rejected(file.source(), "the header has no text column (one of "
                        + String.join(", ", MetadataFields.TEXT) + ")"));
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    results.add(new ReadResult.Rejected(new SourceRef(file.relativePath(), "row " + (parser.getRecordNumber() + 2)),
                            "the CSV cannot be read from here on: " + e.getCause().getMessage()));
                    break;
                }
                String position = "row " + (row.getRecordNumber() + 1);
                RecordFields fields = RecordFields.of(name -> row.isSet(name) ? row.get(name) : null, header);
                results.add(fields.toResult(new SourceRef(file.relativePath(), fields.recordKey(position)), context, name(),
                        DateSource.RECORD_METADATA));
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return List.of(new ReadResult.Rejected(file.source(), "not a readable CSV file with a header row: " + e.getMessage()));
        }
        if (results.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the file has a header but no rows"));
        }
        return results;
    }

    static CSVParser parser(InputFile file, String text) throws IOException {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(file, text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(new StringReader(text));
    }

    private static char delimiter(InputFile file, String text) {
        if (file.extension().equals("tsv")) {
            return '\t';
        }
        String header = text.lines().findFirst().orElse("");
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static String normalised(String header) {
        return header.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
