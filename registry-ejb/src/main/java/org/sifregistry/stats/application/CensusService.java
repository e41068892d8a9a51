package org.sifregistry.stats.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.StoredTotals;
import org.sifregistry.stats.domain.DownloadRepository;

/** Counts for the gauges: aggregate queries, no rows read. */
@Stateless
public class CensusService {

    @Inject
    private ContainerRepository containers;

    @Inject
    private DownloadRepository downloads;

    @Inject
    private ImageRepository images;

    /** What waits for the batch jobs. */
    public Backlog backlog() {
        return new Backlog(containers.countParsePending(), downloads.countUncounted());
    }

    /** The distinct image files stored and their bytes: a pass over every image. */
    public StoredTotals stored() {
        return images.storedTotals();
    }
}
