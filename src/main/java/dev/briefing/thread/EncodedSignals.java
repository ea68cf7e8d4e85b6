package dev.briefing.thread;

import dev.briefing.article.ArticleCodec;

/**
 * A part's sketch, term counts and names in the forms the store writes. Encoded where the part's
 * content is made: for a whole article that is the preparing thread, and encoding the term counts
 * on the placing thread, just before storing them, was a twentieth of placing at 100,000 articles.
 */
record EncodedSignals(String sketch, String terms, String names) {

    static EncodedSignals of(PartContent content) {
        return new EncodedSignals(content.sketch().encode(), ArticleCodec.encode(content.terms()), ArticleCodec.encode(content.names()));
    }
}
