package dev.briefing.thread;

import dev.briefing.PostgresTest;

/** {@link ThreadingProcessorTest} on PostgreSQL: threads and developments rebuilt from its store. */
@PostgresTest
class PostgresThreadingProcessorTest extends ThreadingProcessorTest {
}
