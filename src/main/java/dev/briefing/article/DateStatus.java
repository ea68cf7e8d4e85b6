package dev.briefing.article;

/** How much a publication date can be trusted. */
public enum DateStatus {
    /** The article or its metadata states the date. */
    STATED,
    /** No date is stated; one was derived from evidence in the text and carries a range. */
    ESTIMATED,
    /** Neither stated nor derivable; the article is placed as undated. */
    UNDATED
}
