package dev.briefing.job;

import dev.briefing.PostgresTest;

/**
 * {@link CorpusIngestTest} on PostgreSQL: there a failed statement spoils its whole transaction, and
 * skips are recorded in transactions of their own beside the chunk's.
 */
@PostgresTest
class PostgresCorpusIngestTest extends CorpusIngestTest {
}
