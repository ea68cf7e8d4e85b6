package dev.briefing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Migrates the database as Spring Boot would, but first says so when an existing database is
 * upgraded: an upgrade can rewrite a whole table (version 9 took a minute on a database of 100,000
 * articles), and until then the run printed nothing. A new database is created without a word.
 */
@Component
public class SchemaUpgrade implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (info.current() != null && pending.length > 0) {
            LOG.info("database: upgrading from version {} ({}); this can take minutes on a large archive",
                    info.current().getVersion(),
                    Arrays.stream(pending).map(m -> m.getVersion() + " " + m.getDescription()).collect(Collectors.joining(", ")));
        }
        flyway.migrate();
    }
}
