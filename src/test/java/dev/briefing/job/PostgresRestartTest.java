package dev.briefing.job;

import dev.briefing.PostgresTest;

/**
 * {@link RestartTest}'s failed-then-restarted runs on PostgreSQL: resuming relies on the job
 * repository and the article store keeping exactly what each committed chunk wrote.
 */
@PostgresTest
class PostgresRestartTest extends RestartTest {
}
