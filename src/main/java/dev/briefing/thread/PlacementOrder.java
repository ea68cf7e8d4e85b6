package dev.briefing.thread;

import dev.briefing.article.Article;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order online threading places a collection's articles in, and replays them in: by date,
 * undated last, then by source key (the file within the input folder, and the record within the
 * file). Placement depends on this order, so ties go by what the input says and not by article
 * id: ids hash the folder's absolute path, and ordering by them placed a few articles of the same
 * archive differently when it was read from another folder (4 of 10,000 synthetic articles).
 */
public final class PlacementOrder {

    /** The order as a clause over the article table aliased {@code a}. */
    static final String SQL = " ORDER BY COALESCE(a.date_value, DATE '9999-12-31'), a.source_key";

    /** The same order over analysed articles. */
    public static final Comparator<Article> ARTICLES = Comparator
            .comparing((Article article) -> article.date().isDated() ? article.date().date() : LocalDate.MAX)
            .thenComparing(article -> article.source().key());

    private PlacementOrder() {
    }
}
