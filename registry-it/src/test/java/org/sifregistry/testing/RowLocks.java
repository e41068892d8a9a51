package org.sifregistry.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds the server at a step too short to hit by timing (a push's completion, a parse-image run): the test's own
 * transaction on the server's MariaDB locks a row the step writes, and the step waits for it. The caller kills the
 * server once the step waits, then rolls back. Call on a connection with auto-commit off.
 */
public final class RowLocks {

    /** The label images of {@link Tools#sif} carry, whose value is the text given there. */
    public static final String LABEL = "org.example.note";

    private static final Duration WAITING_WITHIN = Duration.ofMinutes(1);

    private RowLocks() {
    }

    /**
     * Inserts, uncommitted, the label {@link #LABEL} with {@code value}: parse-image, adding the label of an image
     * that carries it, waits on the label's unique key until this transaction ends.
     */
    public static void holdLabel(Connection database, String value) throws SQLException {
        try (PreparedStatement insert = database.prepareStatement(
                "INSERT INTO labels (label_key, label_value) VALUES (?, ?)")) {
            insert.setString(1, LABEL);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /**
     * The one value {@code select} finds, read without a lock: to lock a row by its primary key alone, where a lock
     * taken through a join would lock the joined rows too, and a shared one through a secondary index that holds
     * what is selected would lock that index's entry, not the row.
     */
    public static String only(Connection database, String select, String... parameters) throws SQLException {
        return first(database, select, parameters)
                .orElseThrow(() -> new IllegalStateException("Nothing found: " + select));
    }

    /**
     * Locks the rows {@code select} finds ({@code … FOR UPDATE}, or {@code … LOCK IN SHARE MODE}, which lets the
     * server insert rows that refer to them but not lock them itself), one string parameter per {@code ?}.
     */
    public static void lock(Connection database, String select, String... parameters) throws SQLException {
        if (first(database, select, parameters).isEmpty()) {
            throw new IllegalStateException("Nothing to lock: " + select);
        }
    }

    /** The first column of the first row {@code select} finds; its locks stay with the transaction. */
    private static Optional<String> first(Connection database, String select, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(select)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Returns once the server's statements wait: for each SQL {@code LIKE} pattern, as many statements of the
     * database's user matching it as the map says, other than this connection's own (MariaDB's process list shows
     * a user the statements of its own connections).
     */
    public static void awaitWaiting(Connection database, Map<String, Integer> statements) {
        Eventually.await(WAITING_WITHIN, () -> running(database, statements),
                running -> statements.entrySet().stream()
                        .allMatch(wanted -> running.get(wanted.getKey()) >= wanted.getValue()),
                "the server's statements to wait on the test's locks, " + statements);
    }

    private static Map<String, Integer> running(Connection database, Map<String, Integer> statements) {
        return statements.keySet().stream().collect(Collectors.toMap(pattern -> pattern, pattern -> {
            try (PreparedStatement count = database.prepareStatement("SELECT COUNT(*) FROM"
                    + " information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE ?")) {
                count.setString(1, pattern);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's process list", e);
            }
        }));
    }
}
