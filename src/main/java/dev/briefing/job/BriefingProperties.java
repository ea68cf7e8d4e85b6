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
public record BriefingProperties(Ingest ingest, Threading threading, Path gazetteer, String zone) {

    public java.time.ZoneId zoneId() {
        return zone == null || zone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone);
    }

    /**
     * @param maxFileSize   larger input files are skipped with their size as the reason
     * @param maxSkipShare  the run fails when more than this share of the input files is unusable
     * @param skipLimit     a fixed number of skips instead of the share; negative to use the share
     */
    public record Ingest(DataSize maxFileSize, double maxSkipShare, int skipLimit, int chunkSize) {
    }

    public record Threading(int chunkSize) {
    }
}
