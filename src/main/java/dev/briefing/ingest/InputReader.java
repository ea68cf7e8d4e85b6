package dev.briefing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one input file into articles: checks it is a readable regular file within the size limit,
 * decodes its bytes to text, and hands it to the format that reads it. Every failure becomes a
 * rejection with a reason a user can act on; nothing escapes as an exception.
 */
public final class InputReader {

    private final List<ArticleFormat> formats;
    private final TextDecoder decoder = new TextDecoder();
    private final long maxFileBytes;

    public InputReader(List<ArticleFormat> formats, long maxFileBytes) {
        this.formats = List.copyOf(formats);
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param catalogue metadata for files named in the input folder's catalogue
     */
    public List<ReadResult> read(InputFile file, String collection, Catalogue catalogue) {
        try {
            if (!Files.isRegularFile(file.path())) {
                return reject(file, "not a regular file (a broken link or a special file)");
            }
            long size = Files.size(file.path());
            if (size > maxFileBytes) {
                return reject(file, "the file is " + humanSize(size) + ", above the " + humanSize(maxFileBytes)
                        + " limit (briefing.ingest.max-file-size)");
            }
            byte[] bytes = readAtMost(file, maxFileBytes);
            TextDecoder.Decoded decoded = decoder.decode(bytes, declaredCharset(bytes));
            Optional<ArticleFormat> format = formats.stream().filter(f -> f.handles(file, decoded.text())).findFirst();
            if (format.isEmpty()) {
                return reject(file, "not an article format this job reads (." + file.extension() + "); it reads "
                        + ".txt, .md, .html, .htm, RSS and Atom feeds (.xml, .rss, .atom), .jsonl, .json and .csv");
            }
            ReadContext context = new ReadContext(collection, catalogue.metadataFor(file.relativePath()),
                    decoded.note().map(List::of).orElse(List.of()));
            return format.get().read(file, decoded.text(), context);
        } catch (TextDecoder.UndecodableInputException e) {
            return reject(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return reject(file, "the file disappeared while the job was reading the folder");
        } catch (AccessDeniedException e) {
            return reject(file, "the file cannot be read: permission denied");
        } catch (IOException e) {
            return reject(file, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Sizes in the units the setting is written in (Spring's: 1 KB = 1024 bytes, 1 MB = 1024 KB). */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024
                ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static List<ReadResult> reject(InputFile file, String reason) {
        return List.of(new ReadResult.Rejected(file.source(), reason));
    }

    /** Reads the file but never more than the limit, in case it grew after its size was checked. */
    private static byte[] readAtMost(InputFile file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        }
    }

    /** A charset named by an XML declaration or an HTML meta tag in the first bytes, if any. */
    static Optional<String> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("(?i)(?:encoding=[\"']|charset=[\"']?)([A-Za-z0-9_.:-]+)").matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
