package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

    private static RuntimeException deadlock() {
        return new EJBTransactionRolledbackException("rolled back", new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));
    }

    @Test
    void aDeadlocksVictimIsRunAgainAndItsSecondResultReturned() {
        AtomicInteger runs = new AtomicInteger();
        String result = DeadlockRetry.call(() -> {
            if (runs.incrementAndGet() == 1) {
                throw deadlock();
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(2, runs.get());
    }

    @Test
    void aVictimEveryTimeGivesUpAfterThreeRunsWithTheDeadlock() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException last = deadlock();
        assertSame(last, assertThrows(RuntimeException.class, () -> DeadlockRetry.call(() -> {
            runs.incrementAndGet();
            throw last;
        })));
        assertEquals(DeadlockRetry.ATTEMPTS, runs.get());
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> DeadlockRetry.call(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("a bug", new SQLException("duplicate key", "23000"));
        }));
        assertEquals(1, runs.get());
    }
}
