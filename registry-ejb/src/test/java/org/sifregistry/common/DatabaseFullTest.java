package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseFullTest {

    @Test
    void aTableThatCannotGrowUnderTheWrappersIsTheDatabaseFull() {
        var full = new SQLException("(conn=7) The table 'collections' is full", "HY000", 1114);
        assertEquals(Optional.of(full), DatabaseFull.in(new EJBException(new PersistenceException(full))));
    }

    @Test
    void aFullDiskIsToo() {
        assertTrue(DatabaseFull.in(new SQLException("Disk full (/var/lib/mysql/x)", "HY000", 1021)).isPresent());
    }

    @Test
    void otherFailuresAreNot() {
        assertTrue(DatabaseFull.in(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)))
                .isEmpty());
        assertTrue(DatabaseFull.in(new SQLException("Lock wait timeout exceeded", "HY000", 1205)).isEmpty());
        assertTrue(DatabaseFull.in(new IllegalStateException("a bug")).isEmpty());
    }
}
