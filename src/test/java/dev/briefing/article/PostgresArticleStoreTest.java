package dev.briefing.article;

import dev.briefing.PostgresTest;

/** {@link ArticleStoreTest} on PostgreSQL: every column of an article, and the issues, read back as stored. */
@PostgresTest
class PostgresArticleStoreTest extends ArticleStoreTest {
}
