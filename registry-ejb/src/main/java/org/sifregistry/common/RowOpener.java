package org.sifregistry.common;

import java.util.function.BooleanSupplier;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.PersistenceException;

/**
 * Makes a row of a kept count before a transaction adds to it, in a transaction of its own: two transactions that
 * both find it missing both make it, one wins, and neither's count is lost to the other's insert. The caller's
 * transaction then adds to the row under its lock.
 */
@Stateless
public class RowOpener {

    /** Runs {@code create} unless {@code exists}; {@code create} writes at once, so a row made meanwhile fails it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(BooleanSupplier exists, Runnable create) {
        if (exists.getAsBoolean()) {
            return;
        }
        try {
            create.run();
        } catch (PersistenceException e) {
            // Made meanwhile by another transaction: this one rolls back, the row is there
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
        }
    }
}
