package org.sifregistry.storage.batch;

import java.time.Clock;
import java.time.Duration;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.stats.application.DownloadCounter;

/**
 * Forgets download events counted more than {@code keep} (an ISO-8601 duration) ago. Until then a redelivered
 * message is recognised; no broker redelivers after days.
 */
@Named
@Dependent
public class CountedDownloadsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String keep;

    @Inject
    private StepContext step;

    @Inject
    private DownloadCounter counter;

    @Inject
    private Clock clock;

    @Override
    public String process() {
        int purged = counter.purgeCountedBefore(clock.instant().minus(Duration.parse(keep)));
        step.setExitStatus("DOWNLOAD_EVENTS " + purged);
        return "COMPLETED";
    }
}
