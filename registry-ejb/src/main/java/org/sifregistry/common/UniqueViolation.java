package org.sifregistry.common;

import java.sql.SQLException;

/**
 * Recognises a unique-constraint violation in a persistence failure. The constraints, not a prior lookup, make
 * concurrent creates safe: the loser of a race gets this and is answered with a conflict.
 */
public final class UniqueViolation {

    /** SQL state class 23 is "integrity constraint violation" on every database we support. */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private UniqueViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
