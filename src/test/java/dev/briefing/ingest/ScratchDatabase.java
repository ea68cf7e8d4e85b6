package dev.briefing.ingest;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh H2 file database under {@code target/} for one Spring test class. */
public final class ScratchDatabase {

    private ScratchDatabase() {
    }

    public static Path register(DynamicPropertyRegistry registry, String name) {
        try {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-runs")), name + "-").toAbsolutePath();
            registry.add("briefing.data-dir", folder::toString);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
