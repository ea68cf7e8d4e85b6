package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlFormatTest {

    @Test
    void takesTheArticleBodyOutOfThePageChrome() {
        SourceDocument page = Corpus.document(Corpus.read("html/cairo-talks.html").get(0));

        assertThat(page.format()).isEqualTo("html");
        assertThat(page.blocks()).containsExactly(
                "A Hamas delegation arrived in Cairo on Tuesday for talks with Egyptian and Qatari mediators on a truce in the Gaza"
                        + " Strip, a day after the movement said it had accepted an Egyptian proposal.",
                "Israel said the proposal fell short of its demands but sent a delegation of working-level officials to the Egyptian"
                        + " capital, according to an Israeli official.",
                "Crossing seized",
                "The talks come as Israeli forces took control of the Palestinian side of the Rafah crossing with Egypt overnight,"
                        + " halting the entry of aid.",
                "“We are working to close the remaining gaps,” a Qatari foreign ministry spokesman said.");
        assertThat(String.join(" ", page.blocks())).doesNotContain("cookies", "Share on", "Related", "Subscribe", "Sport",
                "By A. Correspondent", "airport", "©");
    }

    @Test
    void readsTitleOutletAddressLanguageAndDateFromThePageMetadata() {
        SourceMetadata metadata = Corpus.document(Corpus.read("html/cairo-talks.html").get(0)).metadata();

        assertThat(metadata.title()).isEqualTo("Hamas delegation arrives in Cairo for truce talks");
        assertThat(metadata.outlet()).isEqualTo("Example Gazette");
        assertThat(metadata.url()).isEqualTo("https://gazette.example/world/2024/05/07/hamas-delegation-cairo");
        assertThat(metadata.language()).isEqualTo("en");
        assertThat(metadata.dates()).first().isEqualTo(new DateCandidate("2024-05-07T18:42:00+03:00", DateSource.PAGE_METADATA));
    }

    @Test
    void readsATruncatedPageAndSaysSo() {
        SourceDocument page = Corpus.document(Corpus.read("html/truncated.html").get(0));

        assertThat(page.blocks()).hasSize(2);
        assertThat(page.blocks().get(1)).endsWith("in exchange for Palestinian prisoners held by");
        assertThat(page.notes()).containsExactly("the page seems cut off (it has no closing </html>); its text was read as far as it goes");
    }

    @Test
    void decodesAPageWithItsDeclaredCharset() {
        SourceDocument page = Corpus.document(Corpus.read("html/negotiations-caire-cp1252.html").get(0));

        assertThat(page.metadata().title()).isEqualTo("Négociations au Caire");
        assertThat(page.metadata().language()).isEqualTo("fr");
        assertThat(page.blocks().get(0)).startsWith("Les négociations sur une trêve à Gaza ont repris mercredi");
        assertThat(page.notes()).containsExactly("not valid UTF-8; decoded with its declared charset windows-1252");
    }

    @Test
    void notesInvalidJsonLdAndFallsBackToOtherMetadata() {
        String html = "<html><head><title>Talks | Site</title><script type=\"application/ld+json\">{not json</script></head>"
                + "<body><article><p>Mediators met in Doha on Thursday to discuss a new draft of the agreement.</p>"
                + "<p>Officials said the talks would continue next week in Cairo.</p></article></body></html>";

        SourceDocument page = Corpus.document(new HtmlFormat().read(new InputFile(Path.of("p.html"), "p.html"), html,
                new ReadContext("/c", SourceMetadata.NONE, List.of())).get(0));

        assertThat(page.notes()).contains("the page's JSON-LD metadata is not valid JSON; it was ignored");
        assertThat(page.metadata().title()).isEqualTo("Talks | Site");
    }

    @Test
    void aPageWithoutTextIsRejected() {
        List<ReadResult> results = new HtmlFormat().read(new InputFile(Path.of("e.html"), "e.html"),
                "<html><body><nav>Home</nav><script>x()</script></body></html>", new ReadContext("/c", SourceMetadata.NONE, List.of()));

        assertThat(Corpus.reason(results.get(0))).isEqualTo("the page holds no readable text");
    }
}
