package dev.briefing.article;

import java.util.Objects;

/**
 * Where an article came from: a file path relative to the input folder (always with {@code /}
 * separators so that keys are the same on every platform) and, for files that hold many
 * articles (feeds, JSON Lines, CSV), the record inside that file.
 */
public record SourceRef(String path, String record) {

    public SourceRef {
        Objects.requireNonNull(path, "path");
        if (record != null && record.isBlank()) {
            record = null;
        }
    }

    public static SourceRef file(String path) {
        return new SourceRef(path, null);
    }

    /** Unique key of the source inside one input folder; stable across runs. */
    public String key() {
        return record == null ? path : path + "#" + record;
    }

    /** How the source is named to a reader of the briefing. */
    public String display() {
        return record == null ? path : path + " (" + record + ")";
    }
}
