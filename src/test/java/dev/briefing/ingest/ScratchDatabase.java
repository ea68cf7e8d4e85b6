package dev.briefing.ingest;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh folder under {@code target/} for one Spring test class, holding its H2 database (and
 * whatever else the test writes). It is made while the context is configured, before JUnit's own
 * temporary folders exist; {@code mvn clean} removes it.
 */
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
