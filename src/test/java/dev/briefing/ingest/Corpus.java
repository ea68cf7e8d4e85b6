package dev.briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test corpus under src/test/resources/corpus: a realistic file of every format and every bad case. */
final class Corpus {

    static final Path ROOT = Path.of("src/test/resources/corpus");
    static final List<ArticleFormat> FORMATS = List.of(new CatalogueFormat(), new CsvFormat(), new JsonRecordsFormat(),
            new FeedFormat(), new HtmlFormat(), new PlainTextFormat());

    private Corpus() {
    }

    static InputFile file(String relativePath) {
        return new InputFile(ROOT.resolve(relativePath), relativePath);
    }

    static String text(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadResult> read(String relativePath) {
        return new InputReader(FORMATS, 10_000_000).read(file(relativePath), "/corpus", Catalogue.load(ROOT));
    }

    static SourceDocument document(ReadResult result) {
        return ((ReadResult.Read) result).document();
    }

    static String reason(ReadResult result) {
        return ((ReadResult.Rejected) result).reason();
    }
}
