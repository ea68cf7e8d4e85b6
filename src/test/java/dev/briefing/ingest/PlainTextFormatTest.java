package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextFormatTest {

    private final PlainTextFormat format = new PlainTextFormat();

    private SourceDocument read(String name, String text) {
        InputFile file = new InputFile(Path.of(name), name);
        return ((ReadResult.Read) format.read(file, text, new ReadContext("/c", SourceMetadata.NONE, List.of())).get(0)).document();
    }

    @Test
    void readsFrontMatterAsRecordMetadata() {
        SourceDocument document = read("talks.md", """
                ---
                title: Talks resume in Cairo
                outlet: Example Times
                url: https://example.org/talks
                published: 2024-05-07
                language: en
                ---
                # Talks resume

                Delegations met on **Tuesday** in [Cairo](https://example.org/cairo).
                """);

        assertThat(document.format()).isEqualTo("markdown");
        assertThat(document.metadata().title()).isEqualTo("Talks resume in Cairo");
        assertThat(document.metadata().outlet()).isEqualTo("Example Times");
        assertThat(document.metadata().dates()).containsExactly(new DateCandidate("2024-05-07", DateSource.RECORD_METADATA));
        assertThat(document.blocks()).containsExactly("Talks resume", "Delegations met on Tuesday in Cairo.");
    }

    @Test
    void anInvalidFrontMatterIsANoteNotALoss() {
        SourceDocument document = read("talks.txt", "---\ntitle: [unclosed\n---\nThe body survives.");

        assertThat(document.notes()).containsExactly("front matter is not valid YAML; ignored");
        assertThat(document.blocks()).containsExactly("The body survives.");
    }
}
