package org.sifregistry.common.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to this release's schema before EclipseLink signs in, so no query ever meets an older one:
 * Flyway applies the migrations of {@code db/migration/<vendor>} that the database has not had, under its lock, so
 * that the nodes of a cluster starting together migrate once. A failed migration fails the deployment.
 * <p>
 * The first migration is the schema EclipseLink generated before Flyway owned it. A database made by such a release
 * has those tables and no history: it is baselined at version 1 and gets only what came after. A new database gets
 * every migration, even when JBeret (whose tables share the database and stay JBeret's) has already made its own.
 */
public class SchemaMigrations implements SessionCustomizer {

    /** What a start did to the schema. */
    public record Migrated(boolean baselined, String version, int applied) {

        @Override
        public String toString() {
            return "Database schema at version " + version + ": " + applied + " migration(s) applied"
                    + (baselined ? "; the schema of a release before migrations was baselined at version 1" : "");
        }
    }

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    /** A table every release before Flyway made at its first start. */
    private static final String TABLE_OF_AN_EARLIER_RELEASE = "containers";

    @Override
    public void customize(Session session) throws SQLException, NamingException {
        LOG.info(migrate(dataSourceOf((JNDIConnector) session.getLogin().getConnector())).toString());
    }

    public static Migrated migrate(DataSource database) throws SQLException {
        String vendor;
        boolean earlierRelease;
        try (Connection connection = database.getConnection()) {
            vendor = vendorOf(connection.getMetaData());
            earlierRelease = hasTable(connection, TABLE_OF_AN_EARLIER_RELEASE);
        }
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration/" + vendor)
                .baselineOnMigrate(true)
                .baselineVersion(earlierRelease ? "1" : "0")
                .baselineDescription(earlierRelease ? "schema of a release before migrations" : "empty")
                .load();
        boolean baselined = earlierRelease && flyway.info().current() == null;
        MigrateResult result = flyway.migrate();
        return new Migrated(baselined, flyway.info().current().getVersion().getVersion(), result.migrationsExecuted);
    }

    private static DataSource dataSourceOf(JNDIConnector connector) throws NamingException {
        return connector.getDataSource() != null ? connector.getDataSource()
                : (DataSource) new InitialContext().lookup(connector.getName());
    }

    /** In the connection's own database and schema: the server may hold other registries' databases. */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The folder of the database's migrations. */
    private static String vendorOf(DatabaseMetaData metadata) throws SQLException {
        String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return "mariadb";
        }
        throw new SQLException("The registry runs on H2 or MariaDB, not on " + product);
    }
}
