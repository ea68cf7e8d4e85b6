package dev.briefing;

import dev.briefing.ingest.InMemorySchema;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run says before it upgrades a database, which on a large archive takes a while. */
@ExtendWith(OutputCaptureExtension.class)
class SchemaUpgradeTest {

    @Test
    void upgradingAnExistingDatabaseIsAnnouncedWithTheVersionsToCome(CapturedOutput output) {
        SimpleDriverDataSource database = InMemorySchema.database("schema-upgrade");
        InMemorySchema.migrate(database, MigrationVersion.fromVersion("8"));

        new SchemaUpgrade().migrate(InMemorySchema.flyway(database));

        assertThat(output).contains("database: upgrading from version 8 (9 article sighting, 10 article text, 11 input file carried forward)");
        assertThat(InMemorySchema.flyway(database).info().pending()).isEmpty();
    }

    @Test
    void creatingADatabaseOrFindingItCurrentSaysNothing(CapturedOutput output) {
        SimpleDriverDataSource database = InMemorySchema.database("schema-new");

        new SchemaUpgrade().migrate(InMemorySchema.flyway(database));
        new SchemaUpgrade().migrate(InMemorySchema.flyway(database));

        assertThat(output).doesNotContain("database: upgrading");
        assertThat(InMemorySchema.flyway(database).info().current()).isNotNull();
    }
}
