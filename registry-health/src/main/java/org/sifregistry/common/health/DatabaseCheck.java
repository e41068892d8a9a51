package org.sifregistry.common.health;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the registry's datasource hands out a connection that answers a query: every page and pull reads the
 * database. Its data: the database product and version, or the reason it is down.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    /** A probe every second (a load balancer's) must not pile up behind a database that hangs. */
    private static final int TIMEOUT_SECONDS = 5;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = InitialContext.<DataSource>doLookup("java:jboss/datasources/RegistryDS")
                .getConnection(); Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet answer = query.executeQuery("SELECT 1")) {
                answer.next();
            }
            DatabaseMetaData about = connection.getMetaData();
            return response.up().withData("product", about.getDatabaseProductName())
                    .withData("version", about.getDatabaseProductVersion()).build();
        } catch (NamingException | SQLException | RuntimeException e) {
            return response.down().withData("reason", e.toString()).build();
        }
    }
}
