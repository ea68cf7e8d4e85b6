package dev.briefing.ingest;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;

/**
 * A fresh in-memory H2 database migrated as the application migrates its embedded one (the
 * locations application.yaml gives, with H2 for {vendor}): for tests of the schema itself, which
 * need no Spring context.
 */
public final class InMemorySchema {

    private InMemorySchema() {
    }

    public static SimpleDriverDataSource database(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Applies the migrations up to and including {@code target}: {@link MigrationVersion#LATEST} for all. */
    public static void migrate(DataSource database, MigrationVersion target) {
        migrations(database).target(target).load().migrate();
    }

    /** Flyway over the application's migrations, as its embedded database sees them. */
    public static Flyway flyway(DataSource database) {
        return migrations(database).load();
    }

    private static FluentConfiguration migrations(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration/common", "classpath:db/migration/h2");
    }
}
