package dev.briefing.cli;

import dev.briefing.PostgresTest;

/**
 * {@link RunCommandTest} on PostgreSQL: the command finds earlier runs, finished or not, in the job
 * repository there, and exports the threads from the store there.
 */
@PostgresTest
class PostgresRunCommandTest extends RunCommandTest {
}
