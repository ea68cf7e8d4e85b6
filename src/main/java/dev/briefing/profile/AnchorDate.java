package dev.briefing.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A date a thread profile declares so that durations in undated articles can be counted from it:
 * "the war has been continuing for 3 weeks" is three weeks after the war's start.
 *
 * @param name     what happened on the date, shown as evidence ("start of the war")
 * @param cues     words that tie a duration to this anchor when they occur in the same sentence
 * @param mentions phrases that show an article is not older than the anchor ("since October 7")
 */
public record AnchorDate(String name, LocalDate date, List<String> cues, List<String> mentions) {

    public AnchorDate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        cues = cues == null ? List.of() : cues.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        mentions = mentions == null ? List.of() : mentions.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }
}
