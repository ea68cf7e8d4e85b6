package dev.briefing.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextBlocksTest {

    @Test
    void everyLineIsABlockWhetherOrNotBlankLinesSeparateThem() {
        assertThat(PlainTextBlocks.split("First paragraph.\nSecond paragraph.\n\n\nThird one.\r\nFourth."))
                .containsExactly("First paragraph.", "Second paragraph.", "Third one.", "Fourth.");
    }

    @Test
    void joinsHardWrappedLinesBackIntoTheirParagraph() {
        String wrapped = "The delegations met in Cairo on Tuesday to discuss the terms of a\n"
                + "truce in the Gaza Strip, officials said.\n\nA new paragraph.";

        assertThat(PlainTextBlocks.split(wrapped)).containsExactly(
                "The delegations met in Cairo on Tuesday to discuss the terms of a truce in the Gaza Strip, officials said.",
                "A new paragraph.");
    }

    @Test
    void doesNotJoinShortChromeLines() {
        assertThat(PlainTextBlocks.split("globalhappenings news.jpg\nmost popular"))
                .containsExactly("globalhappenings news.jpg", "most popular");
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(PlainTextBlocks.split("  \n\n \t")).isEmpty();
    }
}
