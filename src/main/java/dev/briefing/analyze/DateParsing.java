package dev.briefing.analyze;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date notations found in article metadata and datelines. Only unambiguous notations
 * are accepted: {@code 03/04/2024} could be March or April, so it is refused rather than guessed.
 */
public final class DateParsing {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$");
    private static final Pattern DOTTED_EUROPEAN = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("d MMMM uuuu", Locale.ENGLISH), written("d MMM uuuu", Locale.ENGLISH),
            written("MMMM d uuuu", Locale.ENGLISH), written("MMM d uuuu", Locale.ENGLISH),
            written("EEEE d MMMM uuuu", Locale.ENGLISH), written("EEEE MMMM d uuuu", Locale.ENGLISH),
            written("EEE d MMM uuuu", Locale.ENGLISH),
            written("d MMMM uuuu", Locale.FRENCH), written("d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es")),
            written("d MMMM uuuu", Locale.GERMAN), written("d MMMM uuuu", Locale.ITALIAN));

    private DateParsing() {
    }

    private static DateTimeFormatter written(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(locale);
    }

    /** The calendar date a notation names, or empty when it is not a complete, unambiguous date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> timestamp = parseTimestamp(value);
        if (timestamp.isPresent()) {
            return timestamp;
        }
        Optional<LocalDate> numeric = parseNumeric(value);
        if (numeric.isPresent()) {
            return numeric;
        }
        String written = value.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replace(",", " ").replace(".", " ")
                .replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter formatter : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(written, formatter));
            } catch (DateTimeParseException notThisNotation) {
                // try the next notation
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseTimestamp(String value) {
        for (DateTimeFormatter formatter : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return Optional.of(ZonedDateTime.parse(value, formatter).toLocalDate());
            } catch (DateTimeParseException notThisNotation) {
                // try the next notation
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.replace(' ', 'T')).toLocalDate());
        } catch (DateTimeParseException notAnOffsetTimestamp) {
            // fall through to a local timestamp
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(value.replace(' ', 'T')).toLocalDate());
        } catch (DateTimeParseException notALocalTimestamp) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseNumeric(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher compact = COMPACT_DATE.matcher(value);
        if (compact.matches()) {
            return of(compact.group(1), compact.group(2), compact.group(3));
        }
        Matcher european = DOTTED_EUROPEAN.matcher(value);
        if (european.matches()) {
            return of(european.group(3), european.group(2), european.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }
}
