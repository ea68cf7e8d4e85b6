package dev.briefing.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes or text arrive, no reader throws and nothing disappears: every input yields
 * articles or rejections with a reason, and every record of a multi-record file is accounted for.
 */
class ReaderProperties {

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm", "xml", "rss", "atom", "jsonl", "json", "csv", "tsv", "bin");
    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("reader-properties");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<ArticleFormat> formats() {
        return Arbitraries.of(Corpus.FORMATS);
    }

    @Property(tries = 300)
    void randomBytesInAnyFileBecomeArticlesOrReasons(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("extensions") String extension)
            throws IOException {
        Path file = Files.write(folder.resolve("input." + extension), bytes);

        List<ReadResult> results = new InputReader(Corpus.FORMATS, 1_000_000).read(new InputFile(file, file.getFileName().toString()),
                "/p", Catalogue.EMPTY);

        assertThat(results).isNotEmpty().allSatisfy(ReaderProperties::isExplained);
    }

    @Property(tries = 300)
    void randomTextGivenToAnyFormatBecomesArticlesOrReasons(@ForAll @Size(max = 2000) String text, @ForAll("formats") ArticleFormat format,
            @ForAll("extensions") String extension) {
        InputFile file = new InputFile(folder.resolve("input." + extension), "input." + extension);

        List<ReadResult> results = format.read(file, text, new ReadContext("/p", SourceMetadata.NONE, List.of()));

        if (!(format instanceof CatalogueFormat)) {
            assertThat(results).isNotEmpty();
        }
        assertThat(results).allSatisfy(ReaderProperties::isExplained);
    }

    @Provide
    Arbitrary<String> jsonLines() {
        // Titles may hold the Unicode line separators JSON allows unescaped in strings: they end no line.
        Arbitrary<String> good = Arbitraries.strings().alpha().withChars("\u2028\u2029\u0085").ofMinLength(1).ofMaxLength(40)
                .map(word -> "{\"title\": \"" + word + "\", \"text\": \"" + word + " said talks went on.\"}");
        Arbitrary<String> noText = Arbitraries.strings().alpha().ofMaxLength(10).map(word -> "{\"title\": \"" + word + "\"}");
        Arbitrary<String> broken = Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && !s.strip().startsWith("{") && !s.strip().startsWith("[") && !s.contains("\n") && !s.contains("\r"));
        return Arbitraries.oneOf(good, noText, broken).list().ofMinSize(1).ofMaxSize(30).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 200)
    void everyJsonLineIsAccountedFor(@ForAll("jsonLines") String text) {
        long lines = text.lines().filter(line -> !line.isBlank()).count();

        List<ReadResult> results = new JsonRecordsFormat().read(new InputFile(folder.resolve("x.jsonl"), "x.jsonl"), text,
                new ReadContext("/p", SourceMetadata.NONE, List.of()));

        assertThat(results).hasSize((int) lines).allSatisfy(ReaderProperties::isExplained);
    }

    @Provide
    Arbitrary<List<String[]>> csvRows() {
        Arbitrary<String> cell = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', 'é', '"', ',').ofMaxLength(40);
        return Combinators.combine(cell, cell).as((title, text) -> new String[] {title, text}).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 200)
    void everyCsvRowIsAccountedFor(@ForAll("csvRows") List<String[]> rows) {
        StringBuilder csv = new StringBuilder("title,text\n");
        for (String[] row : rows) {
            csv.append(quoted(row[0])).append(',').append(quoted(row[1])).append('\n');
        }

        List<ReadResult> results = new CsvFormat().read(new InputFile(folder.resolve("x.csv"), "x.csv"), csv.toString(),
                new ReadContext("/p", SourceMetadata.NONE, List.of()));

        assertThat(results).hasSize(rows.size()).allSatisfy(ReaderProperties::isExplained);
        for (int i = 0; i < rows.size(); i++) {
            boolean hasText = !rows.get(i)[1].isBlank();
            assertThat(results.get(i)).as("row %d", i + 2).isInstanceOf(hasText ? ReadResult.Read.class : ReadResult.Rejected.class);
        }
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** An article with text, or a rejection that names its source and gives a reason. */
    private static void isExplained(ReadResult result) {
        assertThat(result.source()).isNotNull();
        if (result instanceof ReadResult.Read read) {
            assertThat(read.document().blocks()).isNotEmpty().allSatisfy(block -> assertThat(block).isNotBlank());
        } else {
            assertThat(((ReadResult.Rejected) result).reason()).isNotBlank();
        }
    }
}
