package dev.briefing.article;

import dev.briefing.ingest.InMemorySchema;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written before the last run of each article moved out of the article row: its next
 * run must still know which articles each earlier run read, or it would take the whole archive
 * for new coverage (or none of it for the latest briefing).
 */
class ArticleSightingMigrationTest {

    @Test
    void eachArticleKeepsTheLastRunThatReadItAcrossTheMigration() {
        SimpleDriverDataSource database = InMemorySchema.withOneCollectionAt("sighting-migration", "8");
        JdbcClient jdbc = JdbcClient.create(database);
        storeBeforeTheMigration(jdbc, "kept", "2024-01.jsonl", 1, 3);
        storeBeforeTheMigration(jdbc, "dropped", "2023-12.jsonl", 1, 2);
        storeBeforeTheMigration(jdbc, "new", "2024-02.jsonl", 3, 3);

        InMemorySchema.migrate(database, MigrationVersion.LATEST);

        ArticleStore store = new ArticleStore(jdbc);
        assertThat(store.latestRun(1)).contains(3L);
        assertThat(store.countSeenBy(1, 3)).isEqualTo(2);
        assertThat(store.outlinesSeenBy(1, 3)).extracting(Article::id).containsExactly("kept", "new");
        assertThat(store.outlinesSeenBy(1, 2)).extracting(Article::id).containsExactly("dropped");
        assertThat(store.firstSeenSince(1, 3, 2)).containsExactly("new");
        assertThat(jdbc.sql("SELECT source_path FROM article_sighting ORDER BY source_path").query(String.class).list())
                .isEqualTo(List.of("2023-12.jsonl", "2024-01.jsonl", "2024-02.jsonl"));
    }

    private static void storeBeforeTheMigration(JdbcClient jdbc, String id, String file, long firstRun, long lastRun) {
        jdbc.sql("INSERT INTO article (id, collection_id, source_key, source_path, format, language, body, date_status,"
                        + " date_source, fingerprint, sketch, actors, places, mediators, terms, notes,"
                        + " stored_by_instance, last_seen_instance, first_seen_instance)"
                        + " VALUES (?, 1, ?, ?, 'jsonl', 'en', '[]', 'UNDATED', 'NONE', ?, '', '[]', '[]', '[]', '{}', '[]', ?, ?, ?)")
                .params(id, file + "#" + id, file, "0".repeat(64), firstRun, lastRun, firstRun)
                .update();
    }
}
