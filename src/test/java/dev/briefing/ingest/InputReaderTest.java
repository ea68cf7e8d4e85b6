package dev.briefing.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputReaderTest {

    @TempDir
    Path folder;

    private final InputReader reader = new InputReader(List.of(new PlainTextFormat()), 1_000);

    private List<ReadResult> read(String name) {
        return reader.read(new InputFile(folder.resolve(name), name), "/c", Catalogue.EMPTY);
    }

    private static String reason(List<ReadResult> results) {
        assertThat(results).hasSize(1);
        return ((ReadResult.Rejected) results.get(0)).reason();
    }

    @Test
    void readsAPlainTextArticle() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Title of it\n\nTalks resumed in Cairo on Tuesday.");

        ReadResult result = read("a.txt").get(0);

        assertThat(result).isInstanceOf(ReadResult.Read.class);
        assertThat(((ReadResult.Read) result).document().blocks()).containsExactly("Title of it", "Talks resumed in Cairo on Tuesday.");
    }

    @Test
    void rejectsWithASpecificReason() throws Exception {
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("big.txt"), new byte[2_000]);
        Files.write(folder.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
        Files.writeString(folder.resolve("notes.docx"), "not a format the job reads");
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("missing-target.txt"));

        assertThat(reason(read("empty.txt"))).isEqualTo("the file is empty");
        assertThat(reason(read("big.txt"))).isEqualTo("the file is 2.0 KB, above the 1000 bytes limit (briefing.ingest.max-file-size)");
        assertThat(reason(read("binary.txt"))).startsWith("the file is binary");
        assertThat(reason(read("notes.docx"))).startsWith("not an article format this job reads (.docx)");
        assertThat(reason(read("gone.txt"))).startsWith("not a regular file");
    }

    @Test
    void findsADeclaredCharset() {
        assertThat(InputReader.declaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>".getBytes()))
                .contains("ISO-8859-1");
        assertThat(InputReader.declaredCharset("<meta charset=windows-1252>".getBytes())).contains("windows-1252");
        assertThat(InputReader.declaredCharset("plain text".getBytes())).isEmpty();
    }
}
