package dev.briefing.analyze;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import dev.briefing.article.DateStatus;
import dev.briefing.article.Paragraph;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<Paragraph> BODY = List.of(Paragraph.text("Talks went on."));

    private final DateResolver resolver = new DateResolver();

    @Test
    void recordMetadataWinsOverDatelineAndFileName() {
        DateResolver.Resolution resolution = resolver.resolve(List.of(
                new DateCandidate("2024-02-10", DateSource.FILE_NAME),
                new DateCandidate("14 February 2024", DateSource.DATELINE),
                new DateCandidate("2024-02-13T22:15:00Z", DateSource.RECORD_METADATA)), BODY, List.of(), TODAY);

        assertThat(resolution.date().date()).isEqualTo(LocalDate.of(2024, 2, 13));
        assertThat(resolution.date().source()).isEqualTo(DateSource.RECORD_METADATA);
        assertThat(resolution.notes()).isEmpty();
    }

    @Test
    void refusesFutureAndPre1900DatesWithANoteAndFallsBackToTheNextSource() {
        DateResolver.Resolution resolution = resolver.resolve(List.of(
                new DateCandidate("2031-01-01", DateSource.RECORD_METADATA),
                new DateCandidate("1850-06-01", DateSource.PAGE_METADATA),
                new DateCandidate("2024-02-14", DateSource.DATELINE)), BODY, List.of(), TODAY);

        assertThat(resolution.date().date()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(resolution.notes()).containsExactly(
                "date '2031-01-01' from record metadata is in the future; ignored",
                "date '1850-06-01' from page metadata is before 1900; ignored");
    }

    @Test
    void neverFallsBackToTodayWhenNothingIsStated() {
        DateResolver.Resolution resolution = resolver.resolve(List.of(new DateCandidate("soon", DateSource.RECORD_METADATA)),
                BODY, List.of(), TODAY);

        assertThat(resolution.date().status()).isEqualTo(DateStatus.UNDATED);
        assertThat(resolution.date().date()).isNull();
        assertThat(resolution.notes()).containsExactly("date 'soon' from record metadata is not a complete, unambiguous date; ignored");
    }

    @Test
    void findsDatesInFileNamesAndUrlsButNotInHexIds() {
        assertThat(DateResolver.fromFileName("gaza-talks_2024-05-07.txt")).contains(new DateCandidate("2024-05-07", DateSource.FILE_NAME));
        assertThat(DateResolver.fromFileName("20240507-cairo.html")).contains(new DateCandidate("2024-05-07", DateSource.FILE_NAME));
        assertThat(DateResolver.fromFileName("000_0a8dd0fa040c14bc.txt")).isEmpty();
        assertThat(DateResolver.fromUrl("https://news.example/2024/05/07/cairo-talks")).contains(new DateCandidate("2024-05-07", DateSource.URL));
        assertThat(DateResolver.fromUrl("https://news.example/world/cairo-talks")).isEmpty();
    }
}
