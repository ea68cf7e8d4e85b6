package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFormatsTest {

    @Test
    void jsonLinesRecordsAreReadOrRejectedOneByOne() {
        List<ReadResult> results = Corpus.read("records/clippings.jsonl");

        assertThat(results).extracting(r -> r.source().record()).containsExactly("clip-001", "clip-002", "line 3", "clip-004", "line 6");
        SourceDocument qatar = Corpus.document(results.get(0));
        assertThat(qatar.metadata().title()).isEqualTo("Qatar says talks at 'critical stage'");
        assertThat(qatar.metadata().dates()).containsExactly(new DateCandidate("2024-01-30", DateSource.RECORD_METADATA));
        assertThat(qatar.blocks()).hasSize(2);
        assertThat(Corpus.reason(results.get(1))).startsWith("the record has no article text (none of the fields text, body");
        assertThat(Corpus.reason(results.get(2))).startsWith("the line is not valid JSON");
        SourceDocument french = Corpus.document(results.get(3));
        assertThat(french.metadata().title()).isEqualTo("Trêve : le Hamas étudie la proposition de Paris");
        assertThat(french.metadata().outlet()).isEqualTo("Le Quotidien Exemple");
        assertThat(french.metadata().language()).isEqualTo("fr");
        assertThat(french.blocks()).hasSize(2).last().isEqualTo("Une délégation du mouvement est attendue au Caire.");
        assertThat(Corpus.reason(results.get(4))).isEqualTo("the line is JSON but not an object");
    }

    @Test
    void controlCharactersEscapedInJsonAreDropped() {
        List<ReadResult> results = new JsonRecordsFormat().read(new InputFile(java.nio.file.Path.of("x.jsonl"), "x.jsonl"),
                "{\"title\": \"Talks\\u0000 resume\", \"text\": \"Envoys met\\u0000 in Cairo.\\u0007\"}\n",
                new ReadContext("/c", SourceMetadata.NONE, List.of()));

        SourceDocument document = Corpus.document(results.get(0));
        assertThat(document.metadata().title()).isEqualTo("Talks resume");
        assertThat(document.blocks()).containsExactly("Envoys met in Cairo.");
    }

    @Test
    void aJsonLineMayHoldLineSeparatorsInsideItsStrings() {
        // JSON allows U+2028, U+2029 and U+0085 unescaped in strings; only \n (and \r) end a JSON line.
        List<ReadResult> results = new JsonRecordsFormat().read(new InputFile(java.nio.file.Path.of("x.jsonl"), "x.jsonl"),
                "{\"title\": \"Talks\u2028resume\", \"text\": \"Envoys met\u2029in Cairo\u0085today.\"}\r\n"
                        + "{\"title\": \"Second\", \"text\": \"A second report.\"}\n",
                new ReadContext("/c", SourceMetadata.NONE, List.of()));

        assertThat(results).hasSize(2).allMatch(ReadResult.Read.class::isInstance);
        assertThat(Corpus.document(results.get(0)).metadata().title()).startsWith("Talks");
    }

    @Test
    void aJsonFileMayHoldAnArrayOfArticles() {
        List<ReadResult> results = Corpus.read("records/articles.json");

        assertThat(results).extracting(r -> Corpus.document(r).metadata().title())
                .containsExactly("Hamas replies to Paris framework", "Netanyahu rejects Hamas terms");
    }

    @Test
    void csvRowsAreReadWithTheirMetadataAndARowWithoutTextIsRejectedAlone() {
        List<ReadResult> results = Corpus.read("records/wire-export.csv");

        assertThat(results).extracting(r -> r.source().record()).containsExactly("csv-1", "csv-2", "csv-3");
        assertThat(Corpus.document(results.get(0)).blocks()).containsExactly(
                "Egypt hosted a new round of talks on Saturday, with an Israeli delegation in Cairo to discuss a fresh proposal for a"
                        + " truce and the release of hostages.", "Egyptian officials said the atmosphere was positive.");
        assertThat(Corpus.reason(results.get(1))).startsWith("the record has no article text");
        assertThat(Corpus.document(results.get(2)).metadata().dates()).containsExactly(new DateCandidate("29 April 2024", DateSource.RECORD_METADATA));
        assertThat(Corpus.document(results.get(2)).blocks().get(0)).contains("\"extraordinarily generous\"");
    }

    @Test
    void csvDelimiterAndAlternativeColumnNamesAreRecognised() {
        SourceDocument row = Corpus.document(Corpus.read("records/semicolon-export.csv").get(0));

        assertThat(row.source().record()).isEqualTo("row 2");
        assertThat(row.metadata().title()).isEqualTo("Truce talks stall");
        assertThat(row.metadata().outlet()).isEqualTo("Example Wire");
        assertThat(row.metadata().dates()).containsExactly(new DateCandidate("2024-05-10", DateSource.RECORD_METADATA));
    }

    @Test
    void aCsvWithoutATextColumnIsRejected() {
        List<ReadResult> results = new CsvFormat().read(Corpus.file("x.csv"), "title,outlet\nA,B\n",
                new ReadContext("/c", SourceMetadata.NONE, List.of()));

        assertThat(Corpus.reason(results.get(0))).startsWith("the header has no text column");
    }

    @Test
    void theCatalogueGivesMetadataToTheFilesItNamesAndReportsRowsItCannotApply() {
        SourceDocument note = Corpus.document(Corpus.read("catalogued/note-berri.txt").get(0));
        assertThat(note.metadata().title()).isEqualTo("Berri receives US envoy");
        assertThat(note.metadata().dates()).containsExactly(new DateCandidate("2024-09-12", DateSource.CATALOGUE));

        List<ReadResult> problems = Corpus.read("catalogue.csv");
        assertThat(problems).extracting(Corpus::reason).containsExactly(
                "the catalogue row names no file",
                "the catalogue names catalogued/missing.txt, which is not in the input folder; its metadata is unused");
    }

    @Test
    void frontMatterMetadataIsReadFromMarkdown() {
        SourceDocument note = Corpus.document(Corpus.read("notes/front-matter.md").get(0));

        assertThat(note.metadata().title()).isEqualTo("Turkey offers to host talks");
        assertThat(note.blocks()).containsExactly("Turkey offers to host talks", "Turkish Foreign Minister Hakan Fidan said on Friday"
                + " that Ankara was ready to host indirect talks between Israel and Hamas if both sides asked.");
    }
}
