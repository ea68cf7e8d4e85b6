package dev.briefing.ingest;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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

    /**
     * A fresh database migrated up to and including {@code version}, holding one collection (id 1,
     * root {@code /archive}): where a test of a schema upgrade stores the rows an older version wrote.
     */
    public static SimpleDriverDataSource withOneCollectionAt(String name, String version) {
        SimpleDriverDataSource database = database(name);
        migrate(database, MigrationVersion.fromVersion(version));
        JdbcClient.create(database).sql("INSERT INTO collection (id, root) VALUES (1, '/archive')").update();
        return database;
    }

    /** The input file ledger over such a database, with transactions of its own, as ingest builds it. */
    static InputFileLedger inputFileLedger(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        return new InputFileLedger(jdbc, new JdbcTemplate(database), new InputIssueStore(jdbc, transactions), transactions);
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
