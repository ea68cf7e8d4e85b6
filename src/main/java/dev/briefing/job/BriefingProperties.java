package dev.briefing.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Settings of the job that are not per run (those are job parameters). Defaults are in
 * application.yaml and documented in README.
 *
 * @param gazetteer an extra gazetteer file whose entries extend or replace the shipped ones
 * @param zone      the time zone for the run date and the production time
 */
@ConfigurationProperties(prefix = "briefing")
public record BriefingProperties(Ingest ingest, Threading threading, Render render, Schedule schedule, Path gazetteer, String zone) {

    public java.time.ZoneId zoneId() {
        return zone == null || zone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone);
    }

    /**
     * @param maxFileSize   larger input files are skipped with their size as the reason
     * @param maxSkipShare  the run fails when more than this share of the inputs (files, and the records of files holding many) is unusable
     * @param skipLimit     a fixed number of skips instead of the share; negative to use the share
     * @param workers       how many workers read input files at once; 0 for one per core
     */
    public record Ingest(DataSize maxFileSize, double maxSkipShare, int skipLimit, int chunkSize, int workers) {

        public Ingest {
            if (workers <= 0) {
                workers = Runtime.getRuntime().availableProcessors();
            }
        }
    }

    public record Threading(int chunkSize) {
    }

    /** @param maxDevelopments how many developments a briefing details at most, the most recent; 0 for all */
    public record Render(int maxDevelopments) {
    }

    /**
     * @param cron   when scheduled runs start: a Spring cron expression (second minute hour day month weekday)
     * @param zone   the time zone the cron expression is read in; empty for {@code briefing.zone}
     * @param window how many days before each slot its briefing covers
     */
    public record Schedule(String cron, String zone, java.time.Period window) {
    }

    /** The zone of scheduled runs: the schedule's own, else the run zone. */
    public java.time.ZoneId scheduleZoneId() {
        return schedule.zone() == null || schedule.zone().isBlank() ? zoneId() : java.time.ZoneId.of(schedule.zone());
    }
}
