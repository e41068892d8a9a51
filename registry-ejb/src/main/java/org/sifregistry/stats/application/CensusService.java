package org.sifregistry.stats.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.StoredTotals;
import org.sifregistry.stats.domain.DownloadRepository;

/** Counts for the gauges, in one transaction: three aggregate queries, no rows read. */
@Stateless
public class CensusService {

    @Inject
    private ContainerRepository containers;

    @Inject
    private DownloadRepository downloads;

    @Inject
    private ImageRepository images;

    public Census take() {
        StoredTotals stored = images.storedTotals();
        return new Census(containers.countParsePending(), downloads.countUncounted(), stored.images(), stored.bytes());
    }
}
