package dev.briefing.briefing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Assigns dates to timeframes: calendar days, ISO weeks or months, or automatic rounds of
 * coverage that end where reporting pauses for longer than {@link #ROUND_PAUSE_DAYS} days.
 */
final class Timeframes {

    static final int ROUND_PAUSE_DAYS = 21;
    static final String UNDATED_KEY = "undated";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** A timeframe: a sortable key, the label a reader sees, and the days it spans (null when undated). */
    record Timeframe(String key, String label, LocalDate start, LocalDate end) {
    }

    private Timeframes() {
    }

    /** The timeframe of each date, in input order; {@code null} dates are undated. */
    static List<Timeframe> assign(List<LocalDate> dates, TimeframeUnit unit) {
        if (unit == TimeframeUnit.AUTO) {
            return rounds(dates);
        }
        List<Timeframe> timeframes = new ArrayList<>();
        for (LocalDate date : dates) {
            timeframes.add(date == null ? undated() : calendar(date, unit));
        }
        return timeframes;
    }

    static Timeframe undated() {
        return new Timeframe(UNDATED_KEY, "Undated", null, null);
    }

    private static Timeframe calendar(LocalDate date, TimeframeUnit unit) {
        return switch (unit) {
            case DAY -> new Timeframe(date.toString(), DateTexts.DAY.format(date), date, date);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int year = date.get(IsoFields.WEEK_BASED_YEAR);
                yield new Timeframe(String.format(Locale.ROOT, "%d-W%02d", year, week),
                        String.format(Locale.ROOT, "Week %d of %d (%s)", week, year, DateTexts.span(monday, monday.plusDays(6))),
                        monday, monday.plusDays(6));
            }
            case MONTH -> new Timeframe(date.toString().substring(0, 7), MONTH.format(date), date.withDayOfMonth(1),
                    date.withDayOfMonth(date.lengthOfMonth()));
            case AUTO -> throw new IllegalStateException("rounds are assigned over all dates, not one by one");
        };
    }

    /** Rounds over the sorted distinct dates; a pause longer than the threshold starts a new round. */
    private static List<Timeframe> rounds(List<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        List<List<LocalDate>> rounds = new ArrayList<>();
        for (LocalDate date : sorted) {
            if (rounds.isEmpty() || ChronoUnit.DAYS.between(last(rounds), date) > ROUND_PAUSE_DAYS) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(rounds.size() - 1).add(date);
        }
        List<Timeframe> result = new ArrayList<>();
        for (LocalDate date : dates) {
            if (date == null) {
                result.add(undated());
                continue;
            }
            for (int i = 0; i < rounds.size(); i++) {
                List<LocalDate> round = rounds.get(i);
                if (round.contains(date)) {
                    LocalDate start = round.get(0);
                    LocalDate end = round.get(round.size() - 1);
                    result.add(new Timeframe(String.format(Locale.ROOT, "%s-round-%02d", start, i + 1),
                            "Round " + (i + 1) + ": " + DateTexts.span(start, end), start, end));
                    break;
                }
            }
        }
        return result;
    }

    private static LocalDate last(List<List<LocalDate>> rounds) {
        List<LocalDate> round = rounds.get(rounds.size() - 1);
        return round.get(round.size() - 1);
    }
}
