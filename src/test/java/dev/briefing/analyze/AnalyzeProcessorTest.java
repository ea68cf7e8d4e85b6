package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.DateSource;
import dev.briefing.article.DateStatus;
import dev.briefing.ingest.SkippedInputException;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.SourceMetadata;
import dev.briefing.article.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyzeProcessorTest {

    private final AnalyzeProcessor processor = new AnalyzeProcessor(Seeds.ANALYZER, Seeds.PROFILE.anchors(), Seeds.RUN_DATE);

    @Test
    void understandsTheDatedSeed() {
        Article article = processor.process(Seeds.document(Seeds.CAIRO_EFE));

        assertThat(article.date().status()).isEqualTo(DateStatus.STATED);
        assertThat(article.date().date()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(article.date().source()).isEqualTo(DateSource.DATELINE);
        assertThat(article.outlet()).isEqualTo("EFE");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.title()).isNull();
        assertThat(article.displayTitle()).startsWith("Consultations between Egyptian, Qatari and American delegations").endsWith("…");
        assertThat(article.entities().actors()).contains("William Burns", "Abdel Fattah al-Sisi", "CIA", "Mossad");
        assertThat(article.fingerprint()).hasSize(64);
        assertThat(article.terms()).containsKey("truce");
        assertThat(article.source()).isEqualTo(SourceRef.file(Seeds.CAIRO_EFE));
    }

    @Test
    void theIdIsStableForTheSameSourceInTheSameCollection() {
        Article first = processor.process(Seeds.document(Seeds.CAIRO_EFE));
        Article second = processor.process(Seeds.document(Seeds.CAIRO_EFE));

        assertThat(first.id()).isEqualTo(second.id()).isEqualTo(ArticleAnalyzer.articleId(Seeds.COLLECTION, Seeds.CAIRO_EFE));
        assertThat(ArticleAnalyzer.articleId("/other/collection", Seeds.CAIRO_EFE)).isNotEqualTo(first.id());
    }

    @Test
    void metadataTakesPrecedenceOverWhatTheTextSuggests() {
        SourceDocument document = Seeds.document(Seeds.CAIRO_LE_PARISIEN);
        SourceDocument withMetadata = new SourceDocument(document.collection(), document.source(), document.format(), document.blocks(),
                new SourceMetadata("Cairo talks resume", "Le Parisien (AFP)", "https://example.org/2024/05/07/cairo", "en", List.of()),
                List.of());

        Article article = processor.process(withMetadata);

        assertThat(article.title()).isEqualTo("Cairo talks resume");
        assertThat(article.outlet()).isEqualTo("Le Parisien (AFP)");
        assertThat(article.date().date()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(article.date().source()).isEqualTo(DateSource.URL);
    }

    @Test
    void skipsADocumentThatIsOnlyChrome() {
        SourceDocument chromeOnly = new SourceDocument(Seeds.COLLECTION, SourceRef.file("chrome.txt"), "text",
                List.of("Skip to content", "Share this article:", "most popular"), SourceMetadata.NONE, List.of());

        assertThatThrownBy(() -> processor.process(chromeOnly)).isInstanceOf(SkippedInputException.class)
                .hasMessageContaining("chrome.txt").hasMessageContaining("no article text");
    }
}
