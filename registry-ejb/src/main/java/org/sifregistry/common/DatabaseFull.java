package org.sifregistry.common;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the database refusing a write for want of disk space (MariaDB's "table is full" when a table cannot
 * grow, "disk full"): the request is answered 507 and its transaction rolled back, so nothing of it is kept; reads
 * go on, and writes work again once its administrators have made room, with nothing to restart.
 */
public final class DatabaseFull {

    /** ER_RECORD_FILE_FULL and ER_DISK_FULL. */
    private static final Set<Integer> NO_ROOM_ERRORS = Set.of(1114, 1021);
    private static final System.Logger LOG = System.getLogger(DatabaseFull.class.getName());

    private DatabaseFull() {
    }

    /** The driver's report of the refused write under {@code failure}'s wrappers, if that is what it is. */
    public static Optional<SQLException> in(Throwable failure) {
        return SqlCauses.find(failure, sql -> NO_ROOM_ERRORS.contains(sql.getErrorCode()));
    }

    /** The one log line of a request answered 507 for it. */
    public static void logAnswered(SQLException refused) {
        LOG.log(Level.WARNING, "Answered 507: the database has no room to write ({0})", refused.getMessage());
    }
}
