package dev.briefing.ingest;

import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metadata for plain files named in a catalogue beside them: {@code catalogue.csv} (or
 * {@code catalog.csv}) in the input folder, with a {@code file} column (path relative to the
 * input folder) and any metadata columns. Metadata in a file itself takes precedence. Rows that
 * cannot be used are reported as skipped inputs when the catalogue is read as an input.
 */
public final class Catalogue {

    public static final Catalogue EMPTY = new Catalogue(Map.of(), List.of());
    static final Set<String> FILE_NAMES = Set.of("catalogue.csv", "catalog.csv");

    private final Map<String, SourceMetadata> byFile;
    private final List<ReadResult.Rejected> problems;

    Catalogue(Map<String, SourceMetadata> byFile, List<ReadResult.Rejected> problems) {
        this.byFile = Map.copyOf(byFile);
        this.problems = List.copyOf(problems);
    }

    static boolean isCatalogue(InputFile file) {
        return FILE_NAMES.contains(file.relativePath());
    }

    /** The catalogue of an input folder, or {@link #EMPTY} when it has none. */
    public static Catalogue load(Path inputFolder) {
        for (String name : FILE_NAMES) {
            Path file = inputFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return parse(new InputFile(file, name), Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException | UncheckedIOException e) {
                    return new Catalogue(Map.of(), List.of(new ReadResult.Rejected(SourceRef.file(name),
                            "the catalogue cannot be read as UTF-8 text: " + e.getMessage())));
                }
            }
        }
        return EMPTY;
    }

    static Catalogue parse(InputFile file, String text) {
        Map<String, SourceMetadata> byFile = new HashMap<>();
        List<ReadResult.Rejected> problems = new ArrayList<>();
        try (CSVParser parser = CsvFormat.parser(file, text)) {
            List<String> header = parser.getHeaderNames();
            if (header.stream().noneMatch(h -> MetadataFields.FILE.contains(h.strip().toLowerCase(java.util.Locale.ROOT)))) {
                return new Catalogue(Map.of(), List.of(new ReadResult.Rejected(file.source(),
                        "the catalogue has no file column (one of " + String.join(", ", MetadataFields.FILE) + ")")));
            }
            for (CSVRecord row : parser) {
                RecordFields fields = RecordFields.of(name -> row.isSet(name) ? row.get(name) : null, header);
                String named = fields.value(MetadataFields.FILE);
                if (named == null) {
                    problems.add(new ReadResult.Rejected(new SourceRef(file.relativePath(), "row " + (row.getRecordNumber() + 1)),
                            "the catalogue row names no file"));
                } else {
                    byFile.put(named.replace('\\', '/').replaceFirst("^\\./", ""), fields.metadata(DateSource.CATALOGUE));
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(new ReadResult.Rejected(file.source(), "the catalogue is not a readable CSV file: " + e.getMessage()));
        }
        return new Catalogue(byFile, problems);
    }

    public SourceMetadata metadataFor(String relativePath) {
        return byFile.getOrDefault(relativePath, SourceMetadata.NONE);
    }

    /** The files the catalogue names, sorted. */
    List<String> files() {
        return byFile.keySet().stream().sorted().toList();
    }

    List<ReadResult.Rejected> problems() {
        return problems;
    }

    public int size() {
        return byFile.size();
    }
}
