package org.sifregistry.common.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sifregistry.common.schema.SchemaMigrations.Migrated;

/** The migrations on H2 as WildFly ships it, from each state a registry's database can be in at a start. */
class SchemaMigrationsTest {

    private static final String LATEST = "18";

    private final JdbcDataSource database = new JdbcDataSource();

    SchemaMigrationsTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    }

    @Test
    void aNewDatabaseGetsEveryMigration() throws SQLException {
        Migrated migrated = SchemaMigrations.migrate(database);

        assertEquals(new Migrated(false, LATEST, Integer.parseInt(LATEST)), migrated);
        assertTrue(hasTable("CONTAINERS"));
    }

    @Test
    void aNewDatabaseWhereJBeretMadeItsTablesFirstStillGetsEveryMigration() throws SQLException {
        execute("CREATE TABLE JOB_INSTANCE(JOBINSTANCEID BIGINT PRIMARY KEY, JOBNAME VARCHAR(512))");

        Migrated migrated = SchemaMigrations.migrate(database);

        assertEquals(new Migrated(false, LATEST, Integer.parseInt(LATEST)), migrated);
        assertTrue(hasTable("CONTAINERS"));
        assertTrue(hasTable("JOB_INSTANCE"), "JBeret's tables stay");
    }

    @Test
    void theDatabaseOfAReleaseBeforeMigrationsIsBaselinedAndGetsOnlyTheLaterOnes() throws SQLException {
        execute("RUNSCRIPT FROM 'classpath:db/migration/h2/V1__schema_before_migrations.sql'");
        execute("ALTER TABLE ARTIFACT_MANIFESTS ALTER COLUMN LAYER_VERSION SET NOT NULL");
        execute("INSERT INTO COLLECTIONS(CREATED, DOWNLOAD_COUNT, NAME, PRIVATE_COLLECTION, STAR_COUNT, UPDATED)"
                + " VALUES (CURRENT_TIMESTAMP, 7, 'kept', FALSE, 0, CURRENT_TIMESTAMP)");

        Migrated migrated = SchemaMigrations.migrate(database);

        assertEquals(new Migrated(true, LATEST, Integer.parseInt(LATEST) - 1), migrated);
        assertTrue(hasTable("AUDIT_EVENTS"), "version 2 added the audit trail");
        assertTrue(layerVersionIsOptional(), "version 3 relaxed what create-or-extend-tables could not");
        assertEquals(7, count("SELECT DOWNLOAD_COUNT FROM COLLECTIONS WHERE NAME = 'kept'"));
    }

    @Test
    void aSecondStartAppliesNothing() throws SQLException {
        SchemaMigrations.migrate(database);

        Migrated again = SchemaMigrations.migrate(database);

        assertEquals(new Migrated(false, LATEST, 0), again);
        assertFalse(again.toString().contains("baselined"), again.toString());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean hasTable(String table) throws SQLException {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'") == 1;
    }

    private boolean layerVersionIsOptional() throws SQLException {
        return count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ARTIFACT_MANIFESTS'"
                + " AND COLUMN_NAME = 'LAYER_VERSION' AND IS_NULLABLE = 'YES'") == 1;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
