package dev.briefing.bench.corpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The records of JSON Lines corpora (the synthetic ones and the labelled one of the threads issue)
 * read as plain fields, for the references that do not go through the job's readers: the peer's
 * documents and the gold clusters.
 */
public final class CorpusRecords {

    /** One record: {@code file} is its JSON Lines file's name, which with {@code id} makes the job's source key. */
    public record GoldRecord(String file, String id, String cluster, String title, String text) {

        public String sourceKey() {
            return file + "#" + id;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusRecords() {
    }

    public static List<GoldRecord> read(List<Path> files) {
        List<GoldRecord> records = new ArrayList<>();
        forEachRecord(files, (file, node) -> records.add(new GoldRecord(file, text(node, "id"), text(node, "cluster"), text(node, "title"),
                text(node, "text"))));
        return records;
    }

    /** Gold cluster by source key, without keeping the texts. */
    public static Map<String, String> goldBySourceKey(List<Path> files) {
        Map<String, String> gold = new LinkedHashMap<>();
        forEachRecord(files, (file, node) -> gold.put(file + "#" + text(node, "id"), text(node, "cluster")));
        return gold;
    }

    /** Each record of the JSON Lines files, with the name of the file holding it, one line at a time. */
    private static void forEachRecord(List<Path> files, BiConsumer<String, JsonNode> action) {
        for (Path file : files) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        action.accept(file.getFileName().toString(), JSON.readTree(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
