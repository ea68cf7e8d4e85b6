package dev.briefing.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input files each collection's runs have read, with the size and modification time they had
 * then: the {@link ReadHistory} of incremental runs. A row written by the run asking is not
 * "earlier": within one run, the reader's saved position decides what is left to read.
 */
@Repository
public class InputFileLedger {

    /**
     * Marks an unchanged file carried forward by a run, which makes its articles seen by the run
     * ({@link dev.briefing.article.ArticleStore#IDS_SEEN_BY_RUN}) without touching a row of theirs:
     * marking each article was half of a run over an unchanged archive (V11).
     */
    static final String MARK_FILE_CARRIED_FORWARD = "UPDATE input_file SET carried_by_instance = ? WHERE collection_id = ? AND path = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final InputIssueStore issues;
    private final TransactionTemplate transaction;

    public InputFileLedger(JdbcClient jdbc, JdbcTemplate batch, InputIssueStore issues, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.issues = issues;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The history of one run: incremental, or (for a full re-read) none, though what it reads is still recorded. */
    public ReadHistory forRun(long collectionId, long jobInstanceId, boolean incremental) {
        return new ReadHistory() {
            @Override
            public List<InputFile> carryForwardUnchanged(List<InputFile> files) {
                return incremental ? carryForward(collectionId, jobInstanceId, files) : List.of();
            }

            @Override
            public void filesRead(Map<String, FileStamp> files) {
                record(collectionId, jobInstanceId, files);
            }
        };
    }

    private record EarlierRead(FileStamp stamp, long instance) {
    }

    private List<InputFile> carryForward(long collectionId, long jobInstanceId, List<InputFile> files) {
        Map<String, EarlierRead> earlier = new HashMap<>();
        jdbc.sql("SELECT path, size_bytes, modified_millis, read_by_instance FROM input_file WHERE collection_id = ? AND read_by_instance <> ?")
                .params(collectionId, jobInstanceId)
                .query(rs -> {
                    earlier.put(rs.getString(1), new EarlierRead(new FileStamp(rs.getLong(2), rs.getLong(3)), rs.getLong(4)));
                });
        List<InputFile> unchanged = new ArrayList<>();
        Map<Long, List<String>> pathsByInstance = new TreeMap<>();
        for (InputFile file : files) {
            EarlierRead read = earlier.get(file.relativePath());
            if (read != null && FileStamp.of(file.path()).filter(read.stamp()::equals).isPresent()) {
                unchanged.add(file);
                pathsByInstance.computeIfAbsent(read.instance(), instance -> new ArrayList<>()).add(file.relativePath());
            }
        }
        transaction.executeWithoutResult(status -> {
            batch.batchUpdate(MARK_FILE_CARRIED_FORWARD, unchanged, 500, (statement, file) -> {
                statement.setLong(1, jobInstanceId);
                statement.setLong(2, collectionId);
                statement.setString(3, file.relativePath());
            });
            pathsByInstance.forEach((instance, paths) -> carryIssuesForward(collectionId, jobInstanceId, instance, paths));
        });
        return unchanged;
    }

    /** The repairs noted on articles of an unchanged file are reported by this run as by the one that read it. */
    private void carryIssuesForward(long collectionId, long jobInstanceId, long readByInstance, List<String> paths) {
        List<String> sorted = paths.stream().sorted().toList();
        for (InputIssue issue : issues.forRun(readByInstance)) {
            if (isInFile(issue.sourceKey(), sorted)) {
                issues.record(jobInstanceId, collectionId, issue);
            }
        }
    }

    private static boolean isInFile(String sourceKey, List<String> sortedPaths) {
        int hash = sourceKey.indexOf('#');
        String path = hash < 0 ? sourceKey : sourceKey.substring(0, hash);
        return java.util.Collections.binarySearch(sortedPaths, path) >= 0;
    }

    private void record(long collectionId, long jobInstanceId, Map<String, FileStamp> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Map.Entry<String, FileStamp>> rows = List.copyOf(files.entrySet());
        batch.batchUpdate("DELETE FROM input_file WHERE collection_id = ? AND path = ?", rows, 500, (statement, row) -> {
            statement.setLong(1, collectionId);
            statement.setString(2, row.getKey());
        });
        batch.batchUpdate("INSERT INTO input_file (collection_id, path, size_bytes, modified_millis, read_by_instance) VALUES (?, ?, ?, ?, ?)",
                rows, 500, (statement, row) -> {
                    statement.setLong(1, collectionId);
                    statement.setString(2, row.getKey());
                    statement.setLong(3, row.getValue().size());
                    statement.setLong(4, row.getValue().modifiedMillis());
                    statement.setLong(5, jobInstanceId);
                });
    }
}
