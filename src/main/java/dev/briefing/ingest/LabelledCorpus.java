package dev.briefing.ingest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A labelled corpus for evaluating threading: a JSON Lines or CSV export read exactly as the job
 * reads one, whose records also carry a gold cluster id ({@code cluster}, {@code label},
 * {@code gold} or {@code thread}).
 */
public final class LabelledCorpus {

    public static final List<String> LABEL = List.of("cluster", "label", "gold", "thread");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An article as read, with the cluster it belongs to. */
    public record LabelledDocument(SourceDocument document, String cluster) {
    }

    /** What was read: labelled articles, and records that could not be used (with reasons). */
    public record Contents(List<LabelledDocument> documents, List<ReadResult.Rejected> rejected) {
    }

    private LabelledCorpus() {
    }

    public static Contents read(Path file, String collection) {
        InputFile input = new InputFile(file, file.getFileName().toString());
        String text;
        try {
            text = new TextDecoder().decode(Files.readAllBytes(file), Optional.empty()).text();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labelled corpus " + file, e);
        } catch (TextDecoder.UndecodableInputException e) {
            throw new IllegalArgumentException("the labelled corpus " + file + " is not text: " + e.getMessage(), e);
        }
        boolean csv = input.extension().equals("csv") || input.extension().equals("tsv");
        ArticleFormat format = csv ? new CsvFormat() : new JsonRecordsFormat();
        if (!format.handles(input, text)) {
            throw new IllegalArgumentException("a labelled corpus is a .jsonl, .json or .csv file, not " + file.getFileName());
        }
        Map<String, String> labels = csv ? csvLabels(input, text) : jsonLabels(text);
        List<LabelledDocument> documents = new ArrayList<>();
        List<ReadResult.Rejected> rejected = new ArrayList<>();
        for (ReadResult result : format.read(input, text, new ReadContext(collection, SourceMetadata.NONE, List.of()))) {
            if (result instanceof ReadResult.Rejected rejection) {
                rejected.add(rejection);
                continue;
            }
            SourceDocument document = ((ReadResult.Read) result).document();
            String label = labels.get(document.source().record());
            if (label == null) {
                rejected.add(new ReadResult.Rejected(document.source(), "the record has no gold cluster (" + String.join(", ", LABEL) + ")"));
            } else {
                documents.add(new LabelledDocument(document, label));
            }
        }
        return new Contents(documents, rejected);
    }

    private static Map<String, String> jsonLabels(String text) {
        Map<String, String> labels = new HashMap<>();
        String[] lines = JsonRecordsFormat.LINE_END.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                JsonNode node = lines[i].isBlank() ? null : JSON.readTree(lines[i]);
                if (node != null && node.isObject()) {
                    RecordFields fields = RecordFields.of(name -> node.get(name) == null || !node.get(name).isValueNode()
                            ? null : node.get(name).asString(), node.propertyNames());
                    put(labels, fields, "line " + (i + 1));
                }
            } catch (JacksonException unusableLine) {
                // the format reports this line as rejected
            }
        }
        return labels;
    }

    private static Map<String, String> csvLabels(InputFile file, String text) {
        Map<String, String> labels = new HashMap<>();
        try (CSVParser parser = CsvFormat.parser(file, text)) {
            for (CSVRecord row : parser) {
                put(labels, RecordFields.of(name -> row.isSet(name) ? row.get(name) : null, parser.getHeaderNames()),
                        "row " + (row.getRecordNumber() + 1));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the labelled corpus is not a readable CSV file: " + e.getMessage(), e);
        }
        return labels;
    }

    private static void put(Map<String, String> labels, RecordFields fields, String position) {
        String label = fields.value(LABEL);
        if (label != null) {
            labels.put(fields.recordKey(position), label.strip());
        }
    }
}
