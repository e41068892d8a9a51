package org.sifregistry.common;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;

/**
 * Runs a service call again when the database chose its transaction as the victim of a deadlock (Galera reports a
 * certification conflict the same way): the database rolled that transaction back whole and let the other go on, so
 * the call meets no cycle the second time. Two pushes and a delete in one collection at the same moment were enough
 * on MariaDB (bench/soak.sh): InnoDB locks the neighbours of what a unique index checks. Wrap one call that begins
 * and ends its own transaction, from outside any: inside one there is nothing left to run again.
 */
public final class DeadlockRetry {

    /** The first try and two more: a deadlock picks one victim of two, rarely the same one thrice. */
    static final int ATTEMPTS = 3;
    /** SQL state 40001 is "serialization failure": MariaDB's deadlock (1213), H2's, Galera's conflict. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final System.Logger LOG = System.getLogger(DeadlockRetry.class.getName());

    private DeadlockRetry() {
    }

    public static <T> T call(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS || !isCauseOf(failure)) {
                    throw failure;
                }
                // No apostrophe in the text: the parameters are put in by MessageFormat, which takes it as a quote
                LOG.log(Level.INFO, "The database chose this transaction as the victim of a deadlock: run again"
                        + " (attempt {0} of {1})", attempt + 1, ATTEMPTS);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
