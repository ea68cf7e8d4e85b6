package dev.briefing.briefing;

import dev.briefing.article.DateStatus;
import dev.briefing.briefing.BriefingModel.DateDisplay;
import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.briefing.BriefingModel.TimeframeSection;
import dev.briefing.briefing.BriefingModel.Timeline;
import dev.briefing.briefing.BriefingModel.TimelineRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBuilderTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** A thread with one development, {@code number} days after the start. */
    private static ThreadSection thread(int number) {
        LocalDate date = START.plusDays(number);
        DevelopmentEntry development = new DevelopmentEntry("d" + number, "development-" + number, "Talks resume, round " + number,
                false, "en", "ltr", new DateDisplay(date.toString(), date.toString(), DateStatus.STATED, "stated in the text", "", date),
                List.of(), List.of(), List.of(), List.of(), false);
        TimeframeSection timeframe = new TimeframeSection("2024-01", "timeframe-" + number, "January 2024", date, date, List.of(development));
        return new ThreadSection("t" + number, "thread-" + number, "Thread " + number, "active", false, List.of(), List.of(), 1, 1, 0, 0,
                List.of(timeframe), List.of(), List.of(), List.of());
    }

    private static Timeline timelineOf(int threads) {
        return new TimelineBuilder().build(IntStream.rangeClosed(1, threads).mapToObj(TimelineBuilderTest::thread).toList());
    }

    @Test
    void aTimelineThatFitsAPartIsItsOwnOnlyPart() {
        Timeline timeline = timelineOf(TimelineBuilder.ROWS_PER_PART);

        assertThat(timeline.parts()).containsExactly(timeline);
    }

    @Test
    void aTallerTimelineComesInPartsEachWithItsAxisAndAllOnOneTimeScale() {
        Timeline whole = timelineOf(60);

        List<Timeline> parts = whole.parts();

        assertThat(parts).extracting(part -> part.rows().size()).containsExactly(25, 25, 10);
        assertThat(parts.stream().flatMap(part -> part.rows().stream()).map(TimelineRow::anchor))
                .containsExactlyElementsOf(whole.rows().stream().map(TimelineRow::anchor).toList());
        for (Timeline part : parts) {
            assertThat(part.ticks()).isEqualTo(whole.ticks());
            assertThat(List.of(part.width(), part.plotLeft(), part.plotRight(), part.undatedX()))
                    .isEqualTo(List.of(whole.width(), whole.plotLeft(), whole.plotRight(), whole.undatedX()));
            assertThat(part.rows().get(0).y()).as("each part's rows start under its own axis").isEqualTo(whole.rows().get(0).y());
            assertThat(part.height()).isEqualTo(TimelineBuilder.AXIS_HEIGHT + part.rows().size() * TimelineBuilder.ROW_HEIGHT
                    + TimelineBuilder.MARGIN);
        }
        assertThat(parts.get(2).rows().get(9).marks()).as("a mark stays where the whole figure has it")
                .isEqualTo(whole.rows().get(59).marks());
        assertThat(parts.get(2).rows().get(9).y()).isEqualTo(whole.rows().get(59).y() - 50 * TimelineBuilder.ROW_HEIGHT);
        assertThat(parts).extracting(Timeline::description).containsExactly(
                "Part 1 of 3, threads 1 to 25 of 60. " + whole.description(),
                "Part 2 of 3, threads 26 to 50 of 60. " + whole.description(),
                "Part 3 of 3, threads 51 to 60 of 60. " + whole.description());
        assertThat(whole.description()).startsWith("Timeline of 60 developments in 60 threads");
    }
}
