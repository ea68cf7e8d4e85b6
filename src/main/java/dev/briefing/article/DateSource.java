package dev.briefing.article;

/**
 * Where a publication date was found, in the order the resolver consults them. The order is
 * documented in README: record metadata beats page metadata beats a dateline in the text beats a
 * date in the file name or URL; only when none states a date is one estimated from the text.
 */
public enum DateSource {
    RECORD_METADATA("record metadata"),
    CATALOGUE("catalogue file"),
    PAGE_METADATA("page metadata"),
    DATELINE("dateline in the text"),
    FILE_NAME("date in the file name"),
    URL("date in the URL"),
    TEXT_EVIDENCE("estimated from the text"),
    NONE("no date found");

    private final String description;

    DateSource(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
