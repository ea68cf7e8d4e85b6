package dev.briefing.ingest;

import dev.briefing.Seeds;
import dev.briefing.article.Article;
import dev.briefing.article.ArticleStore;
import dev.briefing.article.SourceRef;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which articles a run read, when it read some files and carried the unchanged ones forward: the
 * articles of a carried file as its last read left them, those of the files it read, and none of
 * a file deleted since or of a record a re-read file no longer holds.
 */
class CarriedForwardFilesTest {

    private static final String COLLECTION = "/archive";

    @TempDir
    Path folder;

    private final SimpleDriverDataSource database = InMemorySchema.database("carried-forward");
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final ArticleStore store = new ArticleStore(jdbc);
    private final InputFileLedger ledger = InMemorySchema.inputFileLedger(database);

    CarriedForwardFilesTest() {
        InMemorySchema.migrate(database, MigrationVersion.LATEST);
    }

    @Test
    void aRunReadsTheArticlesOfTheFilesItCarriesForwardAsTheirLastReadLeftThem() throws IOException {
        InputFile january = file("2024-01.jsonl", "two records");
        InputFile february = file("2024-02.jsonl", "one record");
        InputFile march = file("2024-03.jsonl", "one record");
        read(1, Map.of(january, List.of(record(Seeds.ANKARA_ROUNDUP, january, 1), record(Seeds.ANKARA_MEETING, january, 2)),
                february, List.of(record(Seeds.CAIRO_EFE, february, 1)),
                march, List.of(record(Seeds.BRUSSELS_SUMMIT, march, 1))));
        long collection = store.collectionId(COLLECTION);

        Files.writeString(february.path(), "its first record replaced by another");
        Files.delete(march.path());
        assertThat(ledger.forRun(collection, 2, true).carryForwardUnchanged(List.of(january, february))).containsExactly(january);
        read(2, Map.of(february, List.of(record(Seeds.CAIRO_LE_PARISIEN, february, 2))));

        assertThat(seenBy(collection, 2)).as("January carried forward, February read again, March deleted")
                .containsExactly("2024-01.jsonl#1", "2024-01.jsonl#2", "2024-02.jsonl#2");
        assertThat(store.countSeenBy(collection, 2)).isEqualTo(3);
        assertThat(store.latestRun(collection)).contains(2L);
        assertThat(store.firstSeenSince(collection, 2, 1)).containsExactly(id(february, 2));
        assertThat(jdbc.sql("SELECT last_seen_instance FROM article_sighting WHERE article_id = ?").param(id(january, 1))
                .query(Long.class).single()).as("carrying a file forward leaves its articles' rows alone").isEqualTo(1L);

        assertThat(ledger.forRun(collection, 3, true).carryForwardUnchanged(List.of(january, february)))
                .containsExactly(january, february);

        assertThat(seenBy(collection, 3)).as("everything carried forward, nothing read")
                .containsExactly("2024-01.jsonl#1", "2024-01.jsonl#2", "2024-02.jsonl#2");
        assertThat(store.latestRun(collection)).contains(3L);
        assertThat(store.firstSeenSince(collection, 3, 2)).isEmpty();
        assertThat(store.changedSince(collection, 3, 2)).isEmpty();
    }

    private InputFile file(String name, String content) throws IOException {
        Path path = Files.writeString(folder.resolve(name), content);
        return new InputFile(path, name);
    }

    /** A run reading these files: their articles stored, then the files recorded as read, as ingest does. */
    private void read(long run, Map<InputFile, List<Article>> files) {
        files.values().forEach(articles -> articles.forEach(article -> store.save(article, run)));
        ledger.forRun(store.collectionId(COLLECTION), run, true).filesRead(files.keySet().stream()
                .collect(Collectors.toMap(InputFile::relativePath, file -> FileStamp.of(file.path()).orElseThrow())));
    }

    /** A seed's article as the given record of a file. */
    private static Article record(String seed, InputFile file, int number) {
        Article article = Seeds.article(seed, COLLECTION);
        return new Article(id(file, number), article.collection(), new SourceRef(file.relativePath(), String.valueOf(number)),
                article.format(), article.title(), article.outlet(), article.url(), article.language(), article.body(), article.date(),
                article.fingerprint(), article.sketch(), article.entities(), article.terms(), article.notes());
    }

    private static String id(InputFile file, int number) {
        return file.relativePath() + "/" + number;
    }

    private List<String> seenBy(long collection, long run) {
        return store.outlinesSeenBy(collection, run).stream().map(article -> article.source().key()).toList();
    }
}
