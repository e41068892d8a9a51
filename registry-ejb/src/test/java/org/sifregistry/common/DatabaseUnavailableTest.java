package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionUnderTheWrappersIsTheDatabaseNotAnswering() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306", "08000");
        assertEquals(Optional.of(refused), DatabaseUnavailable.in(new EJBException(new PersistenceException(
                new SQLException("IJ031084: Unable to create connection", refused)))));
    }

    @Test
    void aConnectionExceptionIsKnownByItsSqlState() {
        assertTrue(DatabaseUnavailable.in(new PersistenceException(
                new SQLException("Communications link failure", "08S01"))).isPresent());
    }

    @Test
    void aPoolWithNoConnectionToGiveInTimeIsTheDatabaseNotAnswering() {
        var none = new SQLException(new ResourceException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/RegistryDS"));
        assertEquals(Optional.of(none), DatabaseUnavailable.in(new EJBException(new PersistenceException(none))));
    }

    @Test
    void otherFailuresAreNot() {
        assertTrue(DatabaseUnavailable.in(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))).isEmpty());
        assertTrue(DatabaseUnavailable.in(new IllegalStateException("a bug")).isEmpty());
        assertTrue(DatabaseUnavailable.in(new SQLException("no state")).isEmpty());
    }
}
