package dev.briefing.ingest;

import dev.briefing.article.DateCandidate;

import java.util.List;

/**
 * What the input itself says about an article, before any analysis: fields of a JSON Lines or CSV
 * record, a front-matter block, a catalogue row, or a web page's metadata. Any field may be null.
 */
public record SourceMetadata(String title, String outlet, String url, String language, List<DateCandidate> dates) {

    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, List.of());

    public SourceMetadata {
        title = blankToNull(title);
        outlet = blankToNull(outlet);
        url = blankToNull(url);
        language = blankToNull(language);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This metadata with the gaps filled from {@code fallback} (a catalogue row, say). */
    public SourceMetadata orElse(SourceMetadata fallback) {
        List<DateCandidate> allDates = new java.util.ArrayList<>(dates);
        allDates.addAll(fallback.dates());
        return new SourceMetadata(
                title != null ? title : fallback.title(),
                outlet != null ? outlet : fallback.outlet(),
                url != null ? url : fallback.url(),
                language != null ? language : fallback.language(),
                allDates);
    }
}
