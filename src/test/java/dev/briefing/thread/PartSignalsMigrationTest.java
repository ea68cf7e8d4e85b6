package dev.briefing.thread;

import dev.briefing.article.ContentSketch;
import dev.briefing.ingest.InMemorySchema;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written while a part's signals (sketch, terms, names) were columns of its row: after
 * the migration that moves them into a table of their own, a later run must replay the earlier
 * placements with the same signals, and dropping a part (its article changed) must drop its signals.
 */
class PartSignalsMigrationTest {

    private static final ContentSketch SKETCH = new ContentSketch(new int[] {1, 2, 3});

    @Test
    void earlierPlacementsReplayWithTheirSignalsAcrossTheMigration() {
        SimpleDriverDataSource database = InMemorySchema.withOneCollectionAt("part-signals-migration", "10");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("INSERT INTO article (id, collection_id, source_key, source_path, format, title, language, date_status,"
                + " date_source, fingerprint, sketch, actors, places, mediators, notes, stored_by_instance, first_seen_instance)"
                + " VALUES ('a1', 1, 'export.jsonl#a1', 'export.jsonl', 'jsonl', 'Talks in Doha', 'en', 'UNDATED', 'NONE', ?,"
                + " '', '[]', '[\"Doha\"]', '[]', '[]', 3, 3)").param("0".repeat(64)).update();
        jdbc.sql("INSERT INTO article_text (article_id, body, terms) VALUES ('a1', '[]', '{\"talk\":2,\"doha\":1}')").update();
        jdbc.sql("INSERT INTO negotiation_thread (collection_id, code, label, declared, created_by_instance)"
                + " VALUES (1, 't1', 'Doha talks', FALSE, 3)").update();
        jdbc.sql("INSERT INTO development (collection_id, code, thread_code) VALUES (1, 't1-d1', 't1')").update();
        jdbc.sql("INSERT INTO article_part (article_id, collection_id, thread_code, development_code, role, paragraphs, words,"
                + " sketch, terms, names) VALUES ('a1', 1, 't1', 't1-d1', 'MAIN', '0', 40, ?, '{\"ceasefir\":1}', '[\"Doha\"]')")
                .param(SKETCH.encode()).update();

        InMemorySchema.migrate(database, MigrationVersion.LATEST);

        ThreadingState state = new ThreadStore(jdbc, new JdbcTemplate(database)).load(1);
        ThreadingState.ThreadState thread = state.thread("t1").orElseThrow();
        assertThat(thread.articles()).isEqualTo(1);
        assertThat(thread.nameCounts()).containsEntry("Doha", 1);
        ThreadingState.DevelopmentState development = state.developmentsOf(thread).get(0);
        assertThat(development.names()).containsExactly("Doha");
        assertThat(development.sketches()).extracting(ContentSketch::encode).containsExactly(SKETCH.encode());
        assertThat(development.cosine(state.frequencies().tfidf(Map.of("ceasefir", 1)))).as("the part's own terms").isPositive();

        jdbc.sql("DELETE FROM article_part WHERE article_id = 'a1'").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_part_signals").query(Integer.class).single()).isZero();
    }
}
