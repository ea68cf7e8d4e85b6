package dev.briefing.ingest;

import org.apache.commons.codec.digest.DigestUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short digest of an input folder's file list (relative names, sizes, modification times), so
 * that a run on changed input is a new run while a run on the same input is recognised as one
 * that already happened (or failed and can be restarted). Contents are not read: it is cheap.
 */
public final class InputDigest {

    private InputDigest() {
    }

    public static String of(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        try (Stream<Path> paths = Files.walk(base)) {
            List<Path> files = paths.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha256 = DigestUtils.getSha256Digest();
            for (Path file : files) {
                String line = base.relativize(file).toString().replace('\\', '/') + "\t" + Files.size(file) + "\t"
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                sha256.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + base + ": " + e.getMessage(), e);
        }
    }
}
