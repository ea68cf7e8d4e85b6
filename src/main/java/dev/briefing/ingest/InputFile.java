package dev.briefing.ingest;

import dev.briefing.article.SourceRef;

import java.nio.file.Path;

/** A file found under the input folder: where it is and how it is named relative to the folder. */
public record InputFile(Path path, String relativePath) {

    public SourceRef source() {
        return SourceRef.file(relativePath);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
