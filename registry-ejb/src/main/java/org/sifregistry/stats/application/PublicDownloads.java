package org.sifregistry.stats.application;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.RowOpener;
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
    private RowOpener opener;

    /** Pulls counted in public collections, by day; the rows are changed in the days' order, so two counts never deadlock. */
    public void counted(SortedMap<LocalDate, Long> perDay) {
        openMissing(perDay.keySet());
        perDay.forEach(days::add);
    }

    /** {@code collection} was made private (its pulls stop counting) or public (they start to). */
    public void privacyChanged(Collection collection, boolean nowPrivate) {
        if (nowPrivate) {
            withdraw(collection);
        } else {
            openMissing(Set.copyOf(days.daysOf(collection.id())));
            days.addCollection(collection.id(), 1);
        }
    }

    /** Takes away every day's pulls of {@code collection}, which is deleted or made private. */
    public void withdraw(Collection collection) {
        days.addCollection(collection.id(), -1);
    }

    // Nearly always every day is there already: it costs one query, and a transaction only for a day's first pulls
    private void openMissing(Set<LocalDate> pulledDays) {
        if (pulledDays.isEmpty()) {
            return;
        }
        Set<LocalDate> missing = new TreeSet<>(pulledDays);
        missing.removeAll(days.existing(missing));
        missing.forEach(day -> opener.open(() -> days.exists(day), () -> days.create(day)));
    }
}
