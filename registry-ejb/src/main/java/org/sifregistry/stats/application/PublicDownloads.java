package org.sifregistry.stats.application;

import java.time.LocalDate;
import java.util.SortedMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.stats.domain.PublicDownloadDays;

/**
 * Keeps the pulls of each day in public collections in step, in the caller's transaction: as pulls are counted, and
 * as a collection is made public or private or deleted. The caller holds the collection's row, so that a count and
 * a change of privacy never miss each other.
 */
@Stateless
public class PublicDownloads {

    @Inject
    private PublicDownloadDays days;

    @Inject
    private PublicDayOpener opener;

    /** Pulls counted in public collections, by day; the rows are changed in the days' order, so two counts never deadlock. */
    public void counted(SortedMap<LocalDate, Long> perDay) {
        perDay.keySet().forEach(opener::open);
        perDay.forEach(days::add);
    }

    /** {@code collection} was made private or deleted (its pulls stop counting) or made public (they start to). */
    public void privacyChanged(Collection collection, boolean nowPrivate) {
        if (!nowPrivate) {
            days.daysOf(collection.id()).forEach(opener::open);
        }
        days.addCollection(collection.id(), nowPrivate ? -1 : 1);
    }
}
