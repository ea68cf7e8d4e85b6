package dev.briefing.article;

/**
 * An article as the store holds it: the article and the collection row it belongs to.
 */
public record StoredArticle(long collectionId, Article article) {
}
