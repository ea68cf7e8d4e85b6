package dev.briefing.job;

import dev.briefing.PostgresTest;

/** {@link LaterRunTest} on PostgreSQL, which gives back a production time as an instant at UTC. */
@PostgresTest
class PostgresLaterRunTest extends LaterRunTest {
}
