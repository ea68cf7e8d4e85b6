package dev.briefing.bench.compare;

import org.apache.commons.codec.digest.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one standalone run of a build gave: the wall time of each top-level step and of the whole
 * job, as its job repository recorded them, and a digest of what threading decided.
 *
 * @param steps      ingest, thread, render and deliver, in that order (partition workers left out)
 * @param job        the whole job's wall time, null when the run left no job repository to read
 * @param placements SHA-256 over every article part (thread, development, role, paragraphs, words,
 *                   sketch, terms and names), every thread's label and every article's language,
 *                   in a stable order: equal digests, equal placements
 */
record StandaloneRun(String build, int round, int exitCode, Map<String, Duration> steps, Duration job, String placements) {

    private static final String[] DIGESTED = {
            "SELECT article_id, thread_code, development_code, role, paragraphs, words, sketch, terms, names FROM article_part"
                    + " ORDER BY article_id, thread_code",
            "SELECT code, label FROM negotiation_thread ORDER BY code",
            "SELECT id, language FROM article ORDER BY id"};

    /** Reads a finished run's H2 database (the job's default {@code sa} account, no password). */
    static StandaloneRun read(String build, int round, int exitCode, String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", ""); Statement statement = connection.createStatement()) {
            Map<String, Duration> steps = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT step_name, start_time, end_time FROM batch_step_execution"
                    + " WHERE step_name NOT LIKE '%:%' ORDER BY step_execution_id")) {
                while (rows.next()) {
                    steps.put(rows.getString(1), between(rows, 2, 3));
                }
            }
            Duration job;
            try (ResultSet rows = statement.executeQuery("SELECT start_time, end_time FROM batch_job_execution ORDER BY job_execution_id DESC")) {
                job = rows.next() ? between(rows, 1, 2) : Duration.ZERO;
            }
            return new StandaloneRun(build, round, exitCode, steps, job, digest(statement));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository of " + build + " (round " + round + ") at " + jdbcUrl, e);
        }
    }

    boolean completed() {
        return exitCode == 0;
    }

    double seconds(String step) {
        Duration time = steps.get(step);
        return time == null ? Double.NaN : time.toNanos() / 1e9;
    }

    private static Duration between(ResultSet rows, int start, int end) throws SQLException {
        return rows.getTimestamp(end) == null ? Duration.ZERO
                : Duration.between(rows.getTimestamp(start).toInstant(), rows.getTimestamp(end).toInstant());
    }

    private static String digest(Statement statement) throws SQLException {
        MessageDigest sha256 = DigestUtils.getSha256Digest();
        for (String query : DIGESTED) {
            try (ResultSet rows = statement.executeQuery(query)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        sha256.update(String.valueOf(rows.getString(column)).getBytes(StandardCharsets.UTF_8));
                        sha256.update((byte) 0);
                    }
                    sha256.update((byte) '\n');
                }
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
