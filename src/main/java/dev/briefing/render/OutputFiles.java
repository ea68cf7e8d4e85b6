package dev.briefing.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes output files so that a reader never sees half a briefing: each file is written to a
 * temporary file in the same folder and moved into place in one step. Folder names derived from
 * user input are sanitised to letters, digits, dots, dashes and underscores.
 */
public final class OutputFiles {

    private static final int MAX_NAME_LENGTH = 80;
    private static final String PARTIAL = ".partial";

    /** How {@link #pointAtomically} made the pointer. */
    public enum Pointer {
        SYMBOLIC_LINK, COPY
    }

    @FunctionalInterface
    private interface TemporaryWriter {
        void write(Path temporary) throws IOException;
    }

    /** Writes a file's content as a stream, so that a large file (an archive's PDF) is never held in memory whole. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** A safe file or folder name for {@code raw}: no path separators, no leading dot, bounded length. */
    public static String sanitize(String raw) {
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > MAX_NAME_LENGTH) {
            safe = safe.substring(0, MAX_NAME_LENGTH).replaceAll("[-.]+$", "");
        }
        return safe.isEmpty() ? "briefing" : safe.toLowerCase(Locale.ROOT);
    }

    /** Deletes the temporary files that a write interrupted by a killed process left in a folder. */
    public static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(OutputFiles::isTemporary).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear leftovers in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(PARTIAL);
    }

    public static void writeAtomically(Path target, byte[] content) {
        writeAtomically(target, out -> out.write(content));
    }

    public static void writeAtomically(Path target, ContentWriter content) {
        replaceAtomically(target, temporary -> {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
        });
    }

    /** Copies {@code source} to {@code target}, which readers see either as it was or as the whole copy. */
    public static void copyAtomically(Path source, Path target) {
        replaceAtomically(target, temporary -> Files.copy(source, temporary));
    }

    /**
     * Makes {@code pointer} lead to {@code target}, a file in the same folder: a symbolic link with
     * a relative target (so the folder can be moved or mounted elsewhere), or, where the file system
     * or the platform refuses symbolic links, a copy. Either replaces the old pointer in one step, so
     * a reader never finds it missing.
     */
    public static Pointer pointAtomically(Path pointer, Path target) {
        try {
            replaceAtomically(pointer, temporary -> Files.createSymbolicLink(temporary, target.getFileName()));
            return Pointer.SYMBOLIC_LINK;
        } catch (UnsupportedOperationException | UncheckedIOException e) {
            copyAtomically(target, pointer);
            return Pointer.COPY;
        }
    }

    private static void replaceAtomically(Path target, TemporaryWriter writer) {
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
            try {
                writer.write(temporary);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
