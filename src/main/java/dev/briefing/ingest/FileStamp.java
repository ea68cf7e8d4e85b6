package dev.briefing.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What tells a changed input file from an unchanged one without reading it: size and modification time. */
public record FileStamp(long size, long modifiedMillis) {

    /** The file's stamp now, or empty when it cannot be read (it is then read, and skipped with its reason). */
    static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
