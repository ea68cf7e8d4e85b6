package dev.briefing.briefing;

import dev.briefing.article.Article;

import java.util.Collection;
import java.util.List;

/**
 * Where a briefing gets the full text of the articles it quotes. Its input lists every article of
 * the run, possibly as {@linkplain Article#outline() outlines}; only the articles its detailed
 * developments cite are loaded in full.
 */
@FunctionalInterface
public interface ArticleTexts {

    /** The articles with these ids, in full, in any order. */
    List<Article> load(Collection<String> ids);
}
