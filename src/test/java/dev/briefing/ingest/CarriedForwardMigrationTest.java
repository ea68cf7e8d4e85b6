package dev.briefing.ingest;

import dev.briefing.Seeds;
import dev.briefing.article.ArticleStore;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database whose runs marked each article of a carried file (before V11) keeps telling which
 * articles each run read, and a run after the upgrade carries the same file forward with them.
 */
class CarriedForwardMigrationTest {

    @TempDir
    Path folder;

    @Test
    void articlesMarkedOneByOneBeforeTheUpgradeAreStillCarriedForwardWithTheirFile() throws IOException {
        SimpleDriverDataSource database = InMemorySchema.database("carried-forward-migration");
        InMemorySchema.migrate(database, MigrationVersion.fromVersion("10"));
        JdbcClient jdbc = JdbcClient.create(database);
        ArticleStore store = new ArticleStore(jdbc);
        InputFileLedger ledger = InMemorySchema.inputFileLedger(database);
        Path seed = Files.copy(Seeds.FOLDER.resolve(Seeds.CAIRO_EFE), folder.resolve(Seeds.CAIRO_EFE));
        store.save(Seeds.article(Seeds.CAIRO_EFE, "/archive"), 1);
        long collection = store.collectionId("/archive");
        ledger.forRun(collection, 1, true).filesRead(Map.of(Seeds.CAIRO_EFE, FileStamp.of(seed).orElseThrow()));
        jdbc.sql("UPDATE article_sighting SET last_seen_instance = 2").update();

        InMemorySchema.migrate(database, MigrationVersion.LATEST);

        assertThat(store.countSeenBy(collection, 2)).as("run 2 carried the file forward, article by article").isEqualTo(1);
        assertThat(store.latestRun(collection)).contains(2L);
        InputFile file = new InputFile(seed, Seeds.CAIRO_EFE);
        assertThat(ledger.forRun(collection, 3, true).carryForwardUnchanged(List.of(file))).containsExactly(file);
        assertThat(store.countSeenBy(collection, 3)).as("run 3 carries the file forward with its article").isEqualTo(1);
        assertThat(store.latestRun(collection)).contains(3L);
    }
}
