package dev.briefing.render;

import dev.briefing.briefing.PreviousBriefing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** The briefings produced on each collection, so that a briefing can say what changed since the last. */
@Repository
public class BriefingHistory {

    private final JdbcClient jdbc;

    public BriefingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest briefing produced on the collection by a run before this one, with its time in
     * {@code zone}: H2 gives back the offset the time was stored with, PostgreSQL only the instant
     * (at UTC), so the zone cannot come from the database.
     */
    public Optional<PreviousBriefing> previous(long collectionId, long jobInstanceId, ZoneId zone) {
        return jdbc.sql("SELECT job_instance_id, produced_at FROM briefing_run WHERE collection_id = ? AND job_instance_id < ?"
                        + " ORDER BY job_instance_id DESC FETCH FIRST 1 ROWS ONLY")
                .params(collectionId, jobInstanceId)
                .query((rs, row) -> new PreviousBriefing(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone)))
                .optional();
    }

    /** Records that the run produced a briefing (again, when a finished run is rendered anew). */
    public void record(long collectionId, long jobInstanceId, ZonedDateTime producedAt) {
        jdbc.sql("DELETE FROM briefing_run WHERE collection_id = ? AND job_instance_id = ?").params(collectionId, jobInstanceId).update();
        jdbc.sql("INSERT INTO briefing_run (collection_id, job_instance_id, produced_at) VALUES (?, ?, ?)")
                .params(collectionId, jobInstanceId, producedAt.toOffsetDateTime()).update();
    }
}
