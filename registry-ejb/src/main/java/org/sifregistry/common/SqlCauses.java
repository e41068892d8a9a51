package org.sifregistry.common;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds the driver's report under the wrappers of EJB, JPA, EclipseLink and the connection pool. */
final class SqlCauses {

    /** Enough to pass the wrappers, and to stop on a cycle. */
    private static final int MAX_DEPTH = 32;

    private SqlCauses() {
    }

    /** The first SQLException in {@code failure}'s causes that {@code kind} accepts. */
    static Optional<SQLException> find(Throwable failure, Predicate<SQLException> kind) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && kind.test(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
