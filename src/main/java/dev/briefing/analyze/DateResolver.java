package dev.briefing.analyze;

import dev.briefing.article.DateCandidate;
import dev.briefing.article.DateSource;
import dev.briefing.article.Paragraph;
import dev.briefing.profile.AnchorDate;
import dev.briefing.article.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an article's publication date in the documented order: the first stated date that is a
 * real, plausible date wins (record metadata, catalogue, page metadata, dateline, file name, URL);
 * only when none does is a date estimated from the text; otherwise the article stays undated. It
 * never falls back to today's date or a file's modification time.
 */
public final class DateResolver {

    static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1900, 1, 1);

    private static final Pattern DATE_IN_NAME = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern DATE_IN_URL = Pattern.compile(
            "/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])(?:/|$)|(?<!\\d)((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private final DateEstimator estimator = new DateEstimator();

    /** The resolved date and what was wrong with the candidates that were passed over. */
    public record Resolution(PublicationDate date, List<String> notes) {
    }

    public Resolution resolve(List<DateCandidate> candidates, List<Paragraph> body, List<AnchorDate> anchors, LocalDate today) {
        List<String> notes = new ArrayList<>();
        List<DateCandidate> ordered = candidates.stream()
                .filter(candidate -> candidate.value() != null && !candidate.value().isBlank())
                .sorted(Comparator.comparing(DateCandidate::source))
                .toList();
        for (DateCandidate candidate : ordered) {
            Optional<LocalDate> parsed = DateParsing.parse(candidate.value());
            String described = "date '" + candidate.value().strip() + "' from " + candidate.source().description();
            if (parsed.isEmpty()) {
                notes.add(described + " is not a complete, unambiguous date; ignored");
            } else if (parsed.get().isAfter(today)) {
                notes.add(described + " is in the future; ignored");
            } else if (parsed.get().isBefore(EARLIEST_PLAUSIBLE)) {
                notes.add(described + " is before 1900; ignored");
            } else {
                return new Resolution(PublicationDate.stated(parsed.get(), candidate.source(), candidate.value().strip()), notes);
            }
        }
        return new Resolution(estimator.estimate(body, anchors, today), notes);
    }

    /** A {@code yyyy-mm-dd}-like date written in a file name, as a candidate. */
    public static Optional<DateCandidate> fromFileName(String fileName) {
        Matcher matcher = DATE_IN_NAME.matcher(fileName);
        return matcher.find()
                ? Optional.of(new DateCandidate(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3), DateSource.FILE_NAME))
                : Optional.empty();
    }

    /** A date written in a URL path ({@code /2024/02/14/} or {@code 2024-02-14}), as a candidate. */
    public static Optional<DateCandidate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = DATE_IN_URL.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int first = matcher.group(1) != null ? 1 : 4;
        return Optional.of(new DateCandidate(
                matcher.group(first) + "-" + matcher.group(first + 1) + "-" + matcher.group(first + 2), DateSource.URL));
    }
}
