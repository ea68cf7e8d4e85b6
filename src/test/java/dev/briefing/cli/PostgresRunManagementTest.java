package dev.briefing.cli;

import dev.briefing.PostgresTest;

/**
 * {@link RunManagementTest} on PostgreSQL: the run lock (a row held FOR UPDATE NOWAIT), recovery
 * of a run left running, incremental runs and the run list, all on the JDBC repository there.
 */
@PostgresTest
class PostgresRunManagementTest extends RunManagementTest {
}
