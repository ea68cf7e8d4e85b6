package dev.briefing.briefing;

import dev.briefing.briefing.BriefingModel.DevelopmentEntry;
import dev.briefing.briefing.BriefingModel.ThreadSection;
import dev.briefing.briefing.BriefingModel.Timeline;
import dev.briefing.briefing.BriefingModel.TimelineBand;
import dev.briefing.briefing.BriefingModel.TimelineMark;
import dev.briefing.briefing.BriefingModel.TimelineRow;
import dev.briefing.briefing.BriefingModel.TimelineTick;
import dev.briefing.briefing.BriefingModel.TimeframeSection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lays out the timeline figure: a time axis with month, quarter or year ticks (whichever keeps
 * them legible), one row per thread with its timeframes as bands and its developments as marks,
 * and a column for undated developments. Coordinates are SVG user units.
 */
final class TimelineBuilder {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 200;
    static final int ROW_HEIGHT = 32;
    static final int AXIS_HEIGHT = 34;
    static final int UNDATED_COLUMN = 70;
    static final int MARGIN = 16;
    /** A thread's label is broken into lines of what fits the label column at the figure's font size. */
    static final int LABEL_CHARACTERS = 32;
    /** Rows of a printed part: with its axis and caption it fits a Letter page, the shorter of the two papers. */
    static final int ROWS_PER_PART = 25;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);

    Timeline build(List<ThreadSection> threads) {
        List<LocalDate> dates = threads.stream().flatMap(t -> developments(t).stream()).map(d -> d.date().sortDate())
                .filter(Objects::nonNull).toList();
        boolean anyUndated = threads.stream().flatMap(t -> developments(t).stream()).anyMatch(d -> d.date().sortDate() == null);
        int plotLeft = LABEL_WIDTH + MARGIN;
        int plotRight = WIDTH - MARGIN - (anyUndated ? UNDATED_COLUMN : 0);
        int undatedX = WIDTH - MARGIN - UNDATED_COLUMN / 2;
        int height = AXIS_HEIGHT + threads.size() * ROW_HEIGHT + MARGIN;
        if (threads.isEmpty()) {
            return new Timeline(WIDTH, height, plotLeft, plotRight, undatedX, "No developments to show.", List.of(), List.of());
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElse(first);
        long span = Math.max(30, ChronoUnit.DAYS.between(first, last));
        LocalDate from = first.minusDays(span / 20 + 1);
        LocalDate to = last.plusDays(span / 20 + 1);
        Scale scale = new Scale(from, to, plotLeft, plotRight);

        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            ThreadSection thread = threads.get(i);
            int y = AXIS_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            List<TimelineBand> bands = new ArrayList<>();
            for (TimeframeSection frame : thread.timeframes()) {
                if (frame.start() != null) {
                    int x = scale.x(frame.start().isBefore(from) ? from : frame.start());
                    int end = scale.x(frame.end().isAfter(to) ? to : frame.end());
                    bands.add(new TimelineBand(x, Math.max(4, end - x), frame.label()));
                }
            }
            List<TimelineMark> marks = new ArrayList<>();
            int undatedOffset = 0;
            for (DevelopmentEntry development : developments(thread)) {
                LocalDate date = development.date().sortDate();
                String title = development.date().text() + ": " + development.headline();
                if (date == null) {
                    marks.add(new TimelineMark(undatedX - 12 + undatedOffset, development.anchor(), title, false, true));
                    undatedOffset = (undatedOffset + 8) % 32;
                } else {
                    marks.add(new TimelineMark(scale.x(date), development.anchor(), title, development.date().estimated(), false));
                }
            }
            rows.add(new TimelineRow(labelLines(thread.label()), thread.anchor(), y, bands, marks));
        }
        long developments = threads.stream().mapToLong(t -> developments(t).size()).sum();
        long undated = threads.stream().flatMap(t -> developments(t).stream()).filter(d -> d.date().sortDate() == null).count();
        String description = "Timeline of " + developments + " developments in " + threads.size() + " threads"
                + (dates.isEmpty() ? "" : ", from " + MONTH_YEAR.format(first) + " to " + MONTH_YEAR.format(last))
                + (undated == 0 ? "" : "; " + undated + " undated") + ". Filled marks have stated dates, hollow marks estimated ones.";
        return new Timeline(WIDTH, height, plotLeft, plotRight, undatedX, description, ticks(from, to, scale), rows);
    }

    /** See {@link Timeline#parts()}. */
    static List<Timeline> parts(Timeline whole) {
        int threads = whole.rows().size();
        if (threads <= ROWS_PER_PART) {
            return List.of(whole);
        }
        int count = (threads + ROWS_PER_PART - 1) / ROWS_PER_PART;
        List<Timeline> parts = new ArrayList<>();
        for (int part = 0; part < count; part++) {
            int first = part * ROWS_PER_PART;
            int end = Math.min(threads, first + ROWS_PER_PART);
            int shift = first * ROW_HEIGHT;
            List<TimelineRow> rows = whole.rows().subList(first, end).stream()
                    .map(row -> new TimelineRow(row.labelLines(), row.anchor(), row.y() - shift, row.timeframes(), row.marks()))
                    .toList();
            String description = "Part " + (part + 1) + " of " + count + ", threads " + (first + 1) + " to " + end + " of "
                    + threads + ". " + whole.description();
            parts.add(new Timeline(whole.width(), AXIS_HEIGHT + rows.size() * ROW_HEIGHT + MARGIN, whole.plotLeft(),
                    whole.plotRight(), whole.undatedX(), description, whole.ticks(), rows));
        }
        return parts;
    }

    private static List<DevelopmentEntry> developments(ThreadSection thread) {
        return thread.timeframes().stream().flatMap(t -> t.developments().stream()).toList();
    }

    /** Month ticks for up to 15 months, quarters for up to four years, else years. */
    private static List<TimelineTick> ticks(LocalDate from, LocalDate to, Scale scale) {
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = months <= 15 ? 1 : months <= 48 ? 3 : 12;
        LocalDate tick = step == 12 ? from.withDayOfYear(1).plusYears(1) : from.withDayOfMonth(1).plusMonths(1);
        while (step == 3 && (tick.getMonthValue() - 1) % 3 != 0) {
            tick = tick.plusMonths(1);
        }
        List<TimelineTick> ticks = new ArrayList<>();
        int lastYear = -1;
        for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
            String label = step == 12 ? YEAR.format(tick) : tick.getYear() != lastYear ? MONTH.format(tick)
                    : tick.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            lastYear = tick.getYear();
            ticks.add(new TimelineTick(scale.x(tick), label));
        }
        return ticks;
    }

    /** The label in at most two lines of the label column's width, words kept whole, the rest cut with "…". */
    static List<String> labelLines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == 2) {
                    break;
                }
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (lines.size() < 2 && !line.isEmpty()) {
            lines.add(line.toString());
        } else if (lines.size() == 2 && String.join(" ", lines).length() < label.length()) {
            String last = lines.get(1);
            lines.set(1, (last.length() > LABEL_CHARACTERS - 1 ? last.substring(0, LABEL_CHARACTERS - 1) : last) + "…");
        }
        return lines;
    }

    private record Scale(LocalDate from, LocalDate to, int left, int right) {

        int x(LocalDate date) {
            double share = (double) ChronoUnit.DAYS.between(from, date) / Math.max(1, ChronoUnit.DAYS.between(from, to));
            return (int) Math.round(left + share * (right - left));
        }
    }
}
