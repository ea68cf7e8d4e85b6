package dev.briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the input files under a folder, recursively, in a stable order (by relative path), so that
 * every run reads the same files in the same order. Hidden files and folders (starting with a dot)
 * are ignored, and so are the control files that configure a collection rather than hold articles.
 */
public final class InputScanner {

    /**
     * Files that configure a collection rather than hold articles. (The metadata catalogue is read
     * as an input so that its unusable rows are reported.)
     */
    public static final Set<String> CONTROL_FILES = Set.of("threads.yaml");

    public List<InputFile> scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("input folder " + root + " does not exist or is not a folder");
        }
        Path base = root.toAbsolutePath().normalize();
        try (Stream<Path> paths = Files.walk(base, FileVisitOption.FOLLOW_LINKS)) {
            return paths
                    .filter(path -> !path.equals(base))
                    .filter(path -> !Files.isDirectory(path))
                    .filter(path -> !isHidden(base.relativize(path)))
                    .map(path -> new InputFile(path, relativeName(base, path)))
                    .filter(file -> !CONTROL_FILES.contains(file.relativePath()))
                    .sorted(java.util.Comparator.comparing(InputFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + base + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }
}
