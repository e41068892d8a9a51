package org.sifregistry.common;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import jakarta.resource.ResourceException;

/**
 * Recognises a failure that is the database not answering (stopped, restarting, out of reach, or so slow that the
 * pool had no connection to give within its blocking timeout) rather than a fault of the request or of ours: the
 * request is answered 503 with {@code Retry-After}, its transaction rolled back, and the datasource's validation
 * replaces the broken connections once the database is back.
 */
public final class DatabaseUnavailable {

    /** About how long a database takes to restart or fail over: the {@code Retry-After} of every such 503. */
    public static final int RETRY_AFTER_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(DatabaseUnavailable.class.getName());

    /** SQL state class 08 is "connection exception" on every database we support. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseUnavailable() {
    }

    /** The driver's report of the lost connection under {@code failure}'s wrappers, if that is what it is. */
    public static Optional<SQLException> in(Throwable failure) {
        return SqlCauses.find(failure, DatabaseUnavailable::isConnectionFailure);
    }

    /** The one log line of a request answered 503 for it, where a stack trace would repeat with every request. */
    public static void logAnswered(SQLException lostConnection) {
        LOG.log(Level.WARNING, "Answered 503: the database does not answer ({0})", lostConnection.getMessage());
    }

    /** The driver's connection exceptions, and the pool's (IronJacamar's) report that it got no connection. */
    private static boolean isConnectionFailure(SQLException sql) {
        return sql.getCause() instanceof ResourceException
                || sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException
                || sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }
}
