package dev.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Private copies of the project's folders that a test may change. */
public final class TestFolders {

    private TestFolders() {
    }

    /** The seeds (with their thread profile) in {@code folder}. */
    public static Path copyOfSeeds(Path folder) {
        return copyOf(Path.of("seeds"), folder);
    }

    /** The report templates, fragments and fonts included, in {@code folder}. */
    public static Path copyOfTemplates(Path folder) {
        return copyOf(Path.of("report-templates"), folder);
    }

    /** Everything under {@code source}, sub-folders included, in {@code folder}. */
    public static Path copyOf(Path source, Path folder) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return folder.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
