package dev.briefing.analyze;

import dev.briefing.Seeds;
import dev.briefing.article.Paragraph;
import dev.briefing.ingest.PlainTextBlocks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateCleanerTest {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private CleanedText clean(String seed) {
        return cleaner.clean(PlainTextBlocks.split(Seeds.text(seed)));
    }

    private static List<String> texts(CleanedText cleaned) {
        return cleaned.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void removesSiteChromeAndTurnsTheSourceLineIntoTheOutlet() {
        CleanedText cleaned = clean(Seeds.CAIRO_LE_PARISIEN);

        assertThat(cleaned.outlet()).isEqualTo("Le Parisien");
        assertThat(texts(cleaned)).noneMatch(t -> t.contains("Skip to content") || t.contains("Share this article")
                || t.contains("most popular") || t.contains(".jpg") || t.startsWith("Source:"));
        assertThat(cleaned.removed()).extracting(CleanedText.RemovedBlock::reason)
                .contains("site chrome", "source line (outlet)", "image file name");
    }

    @Test
    void takesAShortFirstLineWithoutFullStopAsTheTitle() {
        assertThat(clean(Seeds.CAIRO_LE_PARISIEN).title())
                .isEqualTo("On the way to a truce in Gaza? What do we know about the ongoing negotiations between Hamas and Israel?");
        assertThat(clean(Seeds.ANKARA_ROUNDUP).title()).isNull();
    }

    @Test
    void dropsAGenericSiteNameAfterTheTitle() {
        CleanedText cleaned = clean(Seeds.ANKARA_MEETING);

        assertThat(cleaned.title()).isEqualTo("Turkish Intelligence Chief Meets Hamas Leaders");
        assertThat(cleaned.outlet()).as("'News' names no outlet").isNull();
    }

    @Test
    void removesTheRelatedPostsListAndItsLinks() {
        CleanedText cleaned = clean(Seeds.ANKARA_MEETING);

        assertThat(texts(cleaned)).noneMatch(t -> t.contains("Related posts") || t.contains("| news"));
        assertThat(cleaned.removed()).filteredOn(r -> r.reason().equals("related link")).hasSize(3);
        assertThat(texts(cleaned).get(texts(cleaned).size() - 1)).startsWith("Despite Israeli obstacles, Doha’s mediation");
    }

    @Test
    void turnsTheAgencySignOffIntoTheOutletAndReadsTheDateline() {
        CleanedText cleaned = clean(Seeds.CAIRO_EFE);

        assertThat(cleaned.outlet()).isEqualTo("EFE");
        assertThat(cleaned.dateline()).isEqualTo("2024-02-14");
        assertThat(texts(cleaned).get(0)).startsWith("Consultations between Egyptian, Qatari and American delegations");
        assertThat(texts(cleaned)).doesNotContain("EFE");
    }

    @Test
    void removesImageCaptionsStandingBetweenParagraphs() {
        CleanedText cleaned = clean(Seeds.CAIRO_EFE);

        assertThat(cleaned.removed()).filteredOn(r -> r.reason().equals("image caption")).extracting(CleanedText.RemovedBlock::text)
                .containsExactly(
                        "Palestinians inspect the destruction following an Israeli airstrike on the Rafah refugee camp in the southern Gaza Strip.",
                        "Portraits of Israeli hostages held by Hamas since the October 7 attacks.");
        assertThat(texts(cleaned)).contains("Representatives of the relatives of those kidnapped announced protests this Thursday in front of"
                + " the Ministry of Defense in Tel Aviv, considering the lack of Israeli cooperation as a “death sentence” for their loved"
                + " ones, as they denounced in a statement.");
    }

    @Test
    void keepsShortReportingSentencesThatAreNotCaptions() {
        CleanedText cleaned = clean(Seeds.BRUSSELS_SUMMIT);

        assertThat(texts(cleaned)).contains("The leader stressed that calm conditions are needed to accomplish this mission.",
                "Hamas said Thursday that about 50 Israeli prisoners were killed in Israeli air strikes.");
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void keepsSubheadingsAsHeadings() {
        assertThat(clean(Seeds.BRUSSELS_SUMMIT).paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
                .containsExactly("Europe calls for a truce");
        assertThat(clean(Seeds.CAIRO_LE_PARISIEN).paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
                .containsExactly("Tanks in Rafah");
    }

    @Test
    void recognisesCommonChromeLines() {
        CleanedText cleaned = cleaner.clean(List.of("Accept all cookies", "Real news starts here and says something.",
                "Subscribe to our newsletter for more", "© 2024 Example Media", "Read more:"));

        assertThat(texts(cleaned)).containsExactly("Real news starts here and says something.");
    }
}
