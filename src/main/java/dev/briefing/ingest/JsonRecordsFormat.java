package dev.briefing.ingest;

import dev.briefing.article.DateSource;
import dev.briefing.article.SourceRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON Lines exports (one JSON object per line) and JSON files holding one article object or an
 * array of them. Each object needs a text field (or an HTML field); metadata fields are read by the
 * names listed in README. A line that is not a JSON object, or an object without text, is skipped
 * on its own with its line number; the other records are read.
 */
public final class JsonRecordsFormat implements ArticleFormat {

    /**
     * What ends a JSON line: CR LF, LF or CR only. JSON allows U+2028, U+2029 and U+0085 unescaped
     * inside strings, and splitting there too (as {@code \R} does) cut valid records into rejected halves.
     */
    static final Pattern LINE_END = Pattern.compile("\\r\\n|[\\n\\r]");
    private static final Set<String> LINES_EXTENSIONS = Set.of("jsonl", "ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean handles(InputFile file, String text) {
        return LINES_EXTENSIONS.contains(file.extension()) || file.extension().equals("json");
    }

    @Override
    public List<ReadResult> read(InputFile file, String text, ReadContext context) {
        return file.extension().equals("json") ? readDocument(file, text, context) : readLines(file, text, context);
    }

    private List<ReadResult> readLines(InputFile file, String text, ReadContext context) {
        List<ReadResult> results = new ArrayList<>();
        String[] lines = LINE_END.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String position = "line " + (i + 1);
            try {
                JsonNode node = JSON.readTree(line);
                results.add(node != null && node.isObject()
                        ? record(file, node, position, context)
                        : new ReadResult.Rejected(new SourceRef(file.relativePath(), position), "the line is JSON but not an object"));
            } catch (JacksonException e) {
                results.add(new ReadResult.Rejected(new SourceRef(file.relativePath(), position),
                        "the line is not valid JSON: " + e.getOriginalMessage()));
            }
        }
        if (results.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the file holds no records"));
        }
        return results;
    }

    private List<ReadResult> readDocument(InputFile file, String text, ReadContext context) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return List.of(new ReadResult.Rejected(file.source(), "not valid JSON: " + e.getOriginalMessage()));
        }
        if (root != null && root.isObject()) {
            return List.of(record(file, root, null, context));
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            return List.of(new ReadResult.Rejected(file.source(), "the JSON holds neither an article object nor an array of them"));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String position = "record " + (i + 1);
            results.add(node.isObject() ? record(file, node, position, context)
                    : new ReadResult.Rejected(new SourceRef(file.relativePath(), position), "the record is not a JSON object"));
        }
        return results;
    }

    private ReadResult record(InputFile file, JsonNode node, String position, ReadContext context) {
        RecordFields fields = RecordFields.of(name -> {
            JsonNode value = node.get(name);
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
        }, node.propertyNames());
        SourceRef source = new SourceRef(file.relativePath(), fields.recordKey(position));
        return fields.toResult(source, context, name(), DateSource.RECORD_METADATA);
    }
}
