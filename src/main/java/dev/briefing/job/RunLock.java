package dev.briefing.job;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps two runs on one input folder from going at once, across processes and machines that
 * share the database. The lock is a row held with {@code SELECT ... FOR UPDATE NOWAIT} in an open
 * transaction on a connection of its own, so it lasts exactly as long as the holder: when its
 * process is killed, the database ends the session and the lock is free, with no timeout to wait
 * out and no stale marker to clean up. (A heartbeat or a lock file would need one or the other.)
 */
@Component
public class RunLock {

    /** "Lock not available": PostgreSQL's 55P03, H2's lock timeout HYT00. */
    private static final Set<String> LOCK_NOT_AVAILABLE = Set.of("55P03", "HYT00");

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public RunLock(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The lock, held until closed. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                // The session is gone, and with it the lock: nothing is left to release.
            }
        }
    }

    /** Takes the lock named {@code key}, or returns empty at once if another run holds it. */
    public Optional<Held> tryAcquire(String key) {
        ensureRow(key);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT lock_key FROM run_lock WHERE lock_key = ? FOR UPDATE NOWAIT")) {
                select.setString(1, key);
                select.executeQuery().close();
            }
            return Optional.of(new Held(connection));
        } catch (SQLException e) {
            release(connection);
            if (LOCK_NOT_AVAILABLE.contains(e.getSQLState())) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot take the run lock " + key + ": " + e.getMessage(), e);
        }
    }

    private void ensureRow(String key) {
        if (jdbc.sql("SELECT COUNT(*) FROM run_lock WHERE lock_key = ?").param(key).query(Integer.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO run_lock (lock_key) VALUES (?)").param(key).update();
            } catch (DataIntegrityViolationException anotherRunInsertedIt) {
                // Both wanted the row; it exists now, which is all that matters.
            }
        }
    }

    private static void release(Connection connection) {
        if (connection != null) {
            new Held(connection).close();
        }
    }
}
