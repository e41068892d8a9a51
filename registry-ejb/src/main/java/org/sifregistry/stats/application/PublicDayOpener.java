package org.sifregistry.stats.application;

import java.time.LocalDate;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.sifregistry.common.UniqueViolation;
import org.sifregistry.stats.domain.PublicDownloadDays;

/**
 * Makes a day's row of public pulls before pulls are added to it, each in a transaction of its own: two nodes
 * counting the first pulls of a day both make it, one wins, and neither's count is lost to the other's insert.
 */
@Stateless
public class PublicDayOpener {

    @Inject
    private PublicDownloadDays days;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(LocalDate day) {
        if (days.exists(day)) {
            return;
        }
        try {
            days.create(day);
        } catch (PersistenceException e) {
            // Made meanwhile by another transaction: this one rolls back, the row is there
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
        }
    }
}
