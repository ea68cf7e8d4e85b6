package dev.briefing.briefing;

import dev.briefing.article.DateStatus;
import dev.briefing.article.PublicationDate;
import dev.briefing.briefing.BriefingModel.DateDisplay;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * How dates are written in a briefing: a stated date plainly, an estimate marked "c." (or as a
 * range when the evidence does not narrow it to a week) with its evidence, an undated article as
 * undated. Also combines the dates of the reports of one development.
 */
public final class DateTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    /** An estimate whose range is at most this wide is shown as one approximate day. */
    private static final int NARROW_RANGE_DAYS = 7;

    private DateTexts() {
    }

    public static DateDisplay of(PublicationDate date) {
        return switch (date.status()) {
            case STATED -> new DateDisplay(DAY.format(date.date()), DAY.format(date.date()), DateStatus.STATED,
                    "stated (" + date.source().description() + ")", date.evidence(), date.date());
            case ESTIMATED -> estimate(date.date(), date.earliest(), date.latest(), date.evidence());
            case UNDATED -> undated(date.earliest(), date.evidence());
        };
    }

    /**
     * The date of a development from the dates of its reports: the earliest stated date; else the
     * range all estimates agree on (or, when they disagree, all of them); else undated.
     */
    static DateDisplay combine(List<PublicationDate> dates) {
        List<PublicationDate> stated = dates.stream().filter(d -> d.status() == DateStatus.STATED).toList();
        if (!stated.isEmpty()) {
            return of(stated.stream().min(java.util.Comparator.comparing(PublicationDate::date)).orElseThrow());
        }
        List<PublicationDate> estimated = dates.stream().filter(PublicationDate::isEstimated).toList();
        if (!estimated.isEmpty()) {
            if (estimated.size() == 1) {
                return of(estimated.get(0));
            }
            LocalDate from = estimated.stream().map(PublicationDate::earliest).max(LocalDate::compareTo).orElseThrow();
            LocalDate to = estimated.stream().map(PublicationDate::latest).min(LocalDate::compareTo).orElseThrow();
            if (from.isAfter(to)) {
                from = estimated.stream().map(PublicationDate::earliest).min(LocalDate::compareTo).orElseThrow();
                to = estimated.stream().map(PublicationDate::latest).max(LocalDate::compareTo).orElseThrow();
            }
            LocalDate first = estimated.get(0).date();
            boolean agreed = estimated.stream().allMatch(d -> d.date().equals(first));
            LocalDate best = agreed && !first.isBefore(from) && !first.isAfter(to)
                    ? first : from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
            String evidence = String.join(" || ", estimated.stream().map(PublicationDate::evidence).distinct().toList());
            return estimate(best, from, to, evidence);
        }
        LocalDate notBefore = dates.stream().map(PublicationDate::earliest).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        String evidence = dates.stream().filter(d -> d.earliest() != null && d.earliest().equals(notBefore))
                .map(PublicationDate::evidence).findFirst().orElse(null);
        return undated(notBefore, evidence);
    }

    private static DateDisplay estimate(LocalDate best, LocalDate earliest, LocalDate latest, String evidence) {
        long width = ChronoUnit.DAYS.between(earliest, latest);
        if (width > NARROW_RANGE_DAYS) {
            String between = "between " + range(earliest, latest);
            return new DateDisplay(between, between, DateStatus.ESTIMATED, "estimated from the text", evidence, best);
        }
        String approximately = "c. " + DAY.format(best);
        String text = width == 0 ? approximately : approximately + " (between " + range(earliest, latest) + ")";
        return new DateDisplay(text, approximately, DateStatus.ESTIMATED, "estimated from the text", evidence, best);
    }

    private static DateDisplay undated(LocalDate notBefore, String evidence) {
        String text = notBefore == null ? "undated" : "undated (not before " + DAY.format(notBefore) + ")";
        return new DateDisplay(text, "undated", DateStatus.UNDATED, "no date stated, none derivable from the text", evidence, null);
    }

    /** "23–29 October 2023" or "30 October – 5 November 2023": a span of days, shared month and year written once. */
    static String span(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return DAY.format(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + DAY.format(to);
        }
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY.format(from)) + " – " + DAY.format(to);
    }

    /** "23 July and 7 August 2024" or "25 and 31 October 2023": shared month and year written once. */
    static String range(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + " and " + DAY.format(to);
        }
        if (from.getYear() == to.getYear()) {
            return DAY_MONTH.format(from) + " and " + DAY.format(to);
        }
        return DAY.format(from) + " and " + DAY.format(to);
    }
}
