package org.sifregistry.common;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.sifregistry.common.schema.SchemaMigrations;

/**
 * What the persistence unit sets up as EclipseLink signs in: the schema migrated first ({@link SchemaMigrations}),
 * and no retry of a read that failed because the database does not answer. EclipseLink would reconnect and retry
 * such a read three times, five seconds apart, so that every request in an outage held its thread ten seconds for
 * the 503 it gets anyway ({@link DatabaseUnavailable}); the pool validates connections (datasource.cli), so the first
 * request after the database is back gets a good one.
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new SchemaMigrations().customize(session);
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
