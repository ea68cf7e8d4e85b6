package dev.briefing.analyze;

import dev.briefing.article.Paragraph;
import dev.briefing.profile.AnchorDate;
import dev.briefing.article.PublicationDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was written, only from evidence in its text: a duration
 * counted from a declared anchor ("for nearly 10 months" of negotiations that began with the war)
 * gives a range, and a weekday the article reports ("on Friday") picks the day inside that range
 * when only one such weekday fits. Without an anchored duration nothing is estimated; a mention of
 * an anchor ("since October 7") then only bounds the article from below.
 */
public final class DateEstimator {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** "for (about) 10 months" in an ongoing (present perfect) statement, or a sentence opening with it. */
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\bfor\\s+(?:(about|around|approximately|roughly|some|nearly|almost|more than|over|at least|just over|just under)\\s+)?"
                    + "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\b");
    private static final Pattern ONGOING = Pattern.compile("(?i)\\b(?:has|have)\\s+been\\b|^for\\b");
    private static final Pattern DAY_OF = Pattern.compile(
            "(?i)\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,4})(?:st|nd|rd|th)\\s+day\\s+of\\s+the\\s+(\\p{L}+)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(last|next|this|on)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    public PublicationDate estimate(List<Paragraph> body, List<AnchorDate> anchors, LocalDate today) {
        List<String> sentences = new ArrayList<>();
        for (Paragraph paragraph : body) {
            if (!paragraph.heading()) {
                sentences.addAll(Sentences.split(paragraph.text()));
            }
        }
        Optional<Range> range = anchoredRange(sentences, anchors);
        if (range.isEmpty() || range.get().earliest().isAfter(today)) {
            return notBeforeBound(sentences, anchors, today);
        }
        Range bounded = range.get().capAt(today);
        Optional<WeekdayEvidence> weekday = reportedWeekday(sentences);
        if (weekday.isPresent()) {
            List<LocalDate> fitting = bounded.days().stream()
                    .filter(day -> day.getDayOfWeek() == weekday.get().day()).toList();
            if (fitting.size() == 1) {
                return PublicationDate.estimated(fitting.get(0), bounded.earliest(), bounded.latest(),
                        bounded.evidence() + "; the only " + weekdayName(weekday.get().day()) + " in that range, the day the article reports: \""
                                + Sentences.excerpt(weekday.get().sentence(), weekday.get().start(), weekday.get().end()) + "\"");
            }
        }
        return PublicationDate.estimated(bounded.middle(), bounded.earliest(), bounded.latest(), bounded.evidence());
    }

    private static PublicationDate notBeforeBound(List<String> sentences, List<AnchorDate> anchors, LocalDate today) {
        LocalDate latestBound = null;
        String evidence = null;
        for (String sentence : sentences) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (AnchorDate anchor : anchors) {
                boolean mentioned = anchor.mentions().stream().anyMatch(lower::contains);
                if (mentioned && !anchor.date().isAfter(today) && (latestBound == null || anchor.date().isAfter(latestBound))) {
                    latestBound = anchor.date();
                    String mention = anchor.mentions().stream().filter(lower::contains).findFirst().orElseThrow();
                    int at = lower.indexOf(mention);
                    evidence = "mentions " + anchor.name() + ": \"" + Sentences.excerpt(sentence, at, at + mention.length()) + "\"";
                }
            }
        }
        return latestBound == null ? PublicationDate.undated() : PublicationDate.undatedNotBefore(latestBound, evidence);
    }

    private static Optional<Range> anchoredRange(List<String> sentences, List<AnchorDate> anchors) {
        Range combined = null;
        for (String sentence : sentences) {
            Optional<AnchorDate> anchor = anchorFor(sentence, anchors);
            if (anchor.isEmpty()) {
                continue;
            }
            Optional<Range> range = durationRange(sentence, anchor.get()).or(() -> dayOfRange(sentence, anchor.get()));
            if (range.isPresent()) {
                combined = combined == null ? range.get() : combined.intersectOrKeep(range.get());
            }
        }
        return Optional.ofNullable(combined);
    }

    private static Optional<AnchorDate> anchorFor(String sentence, List<AnchorDate> anchors) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return anchors.stream()
                .filter(anchor -> anchor.cues().stream().anyMatch(cue -> Pattern.compile("\\b" + Pattern.quote(cue)).matcher(lower).find()))
                .findFirst();
    }

    private static Optional<Range> durationRange(String sentence, AnchorDate anchor) {
        Matcher duration = DURATION.matcher(sentence);
        if (!duration.find() || !ONGOING.matcher(sentence).find()) {
            return Optional.empty();
        }
        String qualifier = duration.group(1) == null ? "" : duration.group(1).toLowerCase(Locale.ROOT);
        int count = parseCount(duration.group(2));
        ChronoUnit unit = switch (duration.group(3).toLowerCase(Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        LocalDate centre = anchor.date().plus(count, unit);
        long halfUnitDays = Math.max(0, unit.getDuration().toDays() / 2);
        LocalDate earliest;
        LocalDate latest;
        switch (qualifier) {
            case "nearly", "almost", "just under" -> {
                earliest = centre.minusDays(halfUnitDays);
                latest = centre;
            }
            case "more than", "over", "at least", "just over" -> {
                earliest = centre;
                latest = centre.plusDays(halfUnitDays);
            }
            default -> {
                earliest = centre.minusDays(halfUnitDays);
                latest = centre.plusDays(halfUnitDays);
            }
        }
        String evidence = "\"" + duration.group().strip() + "\" counted from " + anchor.name() + ": \"" + Sentences.excerpt(sentence, duration.start(), duration.end()) + "\"";
        return Optional.of(new Range(earliest, latest, evidence));
    }

    private static Optional<Range> dayOfRange(String sentence, AnchorDate anchor) {
        Matcher dayOf = DAY_OF.matcher(sentence);
        if (!dayOf.find()) {
            return Optional.empty();
        }
        LocalDate day = anchor.date().plusDays(Long.parseLong(dayOf.group(1)) - 1);
        String evidence = "day " + dayOf.group(1) + " counted from " + anchor.name() + ": \"" + Sentences.excerpt(sentence, dayOf.start(), dayOf.end()) + "\"";
        return Optional.of(new Range(day, day.plusDays(1), evidence));
    }

    private static int parseCount(String count) {
        Integer word = NUMBER_WORDS.get(count.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(count);
    }

    /** The weekday the article's events happen on: the first one it mentions that is not "last" or "next". */
    private static Optional<WeekdayEvidence> reportedWeekday(List<String> sentences) {
        for (String sentence : sentences) {
            Matcher weekday = WEEKDAY.matcher(sentence);
            while (weekday.find()) {
                String qualifier = weekday.group(1) == null ? "" : weekday.group(1).toLowerCase(Locale.ROOT);
                if (!qualifier.equals("last") && !qualifier.equals("next")) {
                    return Optional.of(new WeekdayEvidence(DayOfWeek.valueOf(weekday.group(2).toUpperCase(Locale.ROOT)), sentence,
                            weekday.start(), weekday.end()));
                }
            }
        }
        return Optional.empty();
    }

    private static String weekdayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private record WeekdayEvidence(DayOfWeek day, String sentence, int start, int end) {
    }

    private record Range(LocalDate earliest, LocalDate latest, String evidence) {

        Range intersectOrKeep(Range other) {
            LocalDate start = earliest.isAfter(other.earliest) ? earliest : other.earliest;
            LocalDate end = latest.isBefore(other.latest) ? latest : other.latest;
            return start.isAfter(end) ? this : new Range(start, end, evidence + " | " + other.evidence);
        }

        Range capAt(LocalDate today) {
            return latest.isAfter(today) ? new Range(earliest, today, evidence) : this;
        }

        LocalDate middle() {
            return earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2);
        }

        List<LocalDate> days() {
            return earliest.datesUntil(latest.plusDays(1)).toList();
        }
    }
}
