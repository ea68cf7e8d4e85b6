package dev.briefing.article;

import dev.briefing.ingest.InMemorySchema;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written while an article's text and term counts were columns of its row: after the
 * migration that moves them into a table of their own, every article must read back with the text
 * threading, labelling and quotations need, and untitled ones must still be listed by their
 * opening words.
 */
class ArticleTextMigrationTest {

    @Test
    void everyArticleKeepsItsTextAndTermsAcrossTheMigration() {
        SimpleDriverDataSource database = InMemorySchema.withOneCollectionAt("text-migration", "9");
        JdbcClient jdbc = JdbcClient.create(database);
        storeBeforeTheMigration(jdbc, "titled", "Talks resume in Doha",
                "[{\"text\":\"Negotiators met again on Sunday.\",\"heading\":false}]", "{\"negoti\":1,\"sunday\":1}");
        storeBeforeTheMigration(jdbc, "untitled", null,
                "[{\"text\":\"Mediators\",\"heading\":true},{\"text\":\"Mediators proposed a pause in the fighting.\",\"heading\":false}]",
                "{\"mediat\":2,\"paus\":1}");

        InMemorySchema.migrate(database, MigrationVersion.LATEST);

        ArticleStore store = new ArticleStore(jdbc);
        List<Article> articles = store.byIds(List.of("titled", "untitled"));
        assertThat(articles).extracting(Article::id).containsExactlyInAnyOrder("titled", "untitled");
        Article untitled = articles.stream().filter(a -> a.id().equals("untitled")).findFirst().orElseThrow();
        assertThat(untitled.body()).extracting(Paragraph::text)
                .containsExactly("Mediators", "Mediators proposed a pause in the fighting.");
        assertThat(untitled.terms()).isEqualTo(Map.of("mediat", 2, "paus", 1));
        assertThat(store.outlinesSeenBy(1, 3)).extracting(Article::displayTitle)
                .containsExactly("Talks resume in Doha", "Mediators proposed a pause in the fighting.");
    }

    private static void storeBeforeTheMigration(JdbcClient jdbc, String id, String title, String body, String terms) {
        jdbc.sql("INSERT INTO article (id, collection_id, source_key, source_path, format, title, language, body, date_status,"
                        + " date_source, fingerprint, sketch, actors, places, mediators, terms, notes,"
                        + " stored_by_instance, first_seen_instance)"
                        + " VALUES (?, 1, ?, 'export.jsonl', 'jsonl', ?, 'en', ?, 'UNDATED', 'NONE', ?, '', '[]', '[]', '[]', ?, '[]', 3, 3)")
                .params(id, "export.jsonl#" + id, title, body, "0".repeat(64), terms)
                .update();
        jdbc.sql("INSERT INTO article_sighting (article_id, collection_id, source_path, last_seen_instance) VALUES (?, 1, 'export.jsonl', 3)")
                .params(id).update();
    }
}
