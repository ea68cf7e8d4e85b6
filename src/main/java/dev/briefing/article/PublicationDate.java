package dev.briefing.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date together with its provenance. A stated date has {@code earliest == latest ==
 * date}; an estimate carries the range its evidence allows and the sentence it came from; an
 * undated article may still carry a lower bound ("not before") when the text only shows that.
 */
public record PublicationDate(
        DateStatus status,
        LocalDate date,
        LocalDate earliest,
        LocalDate latest,
        DateSource source,
        String evidence) {

    public PublicationDate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (status != DateStatus.UNDATED) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (earliest.isAfter(latest) || date.isBefore(earliest) || date.isAfter(latest)) {
                throw new IllegalArgumentException("date " + date + " outside " + earliest + ".." + latest);
            }
        }
    }

    public static PublicationDate stated(LocalDate date, DateSource source, String evidence) {
        return new PublicationDate(DateStatus.STATED, date, date, date, source, evidence);
    }

    public static PublicationDate estimated(LocalDate best, LocalDate earliest, LocalDate latest, String evidence) {
        return new PublicationDate(DateStatus.ESTIMATED, best, earliest, latest, DateSource.TEXT_EVIDENCE, evidence);
    }

    public static PublicationDate undated() {
        return new PublicationDate(DateStatus.UNDATED, null, null, null, DateSource.NONE, null);
    }

    /** Undated, but the text shows the article cannot be older than {@code notBefore}. */
    public static PublicationDate undatedNotBefore(LocalDate notBefore, String evidence) {
        return new PublicationDate(DateStatus.UNDATED, null, notBefore, null, DateSource.NONE, evidence);
    }

    public boolean isDated() {
        return status != DateStatus.UNDATED;
    }

    public boolean isEstimated() {
        return status == DateStatus.ESTIMATED;
    }
}
