package org.sifregistry.storage.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.container.application.ImageCollector;
import org.sifregistry.storage.ImageStore;

/**
 * Removes uploads begun more than {@code uploadAge} (an ISO-8601 duration) ago and never completed: the staged
 * files and the images announced for them.
 */
@Named
@Dependent
public class AbandonedUploadsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String uploadAge;

    @Inject
    private StepContext step;

    @Inject
    private ImageStore store;

    @Inject
    private ImageCollector collector;

    @Inject
    private Clock clock;

    @Override
    public String process() throws IOException {
        Instant cutoff = clock.instant().minus(Duration.parse(uploadAge));
        int files = store.discardStagedOlderThan(cutoff);
        int announced = collector.forgetAbandonedUploads(cutoff);
        step.setExitStatus("STAGED_FILES " + files + " ANNOUNCED_IMAGES " + announced);
        return "COMPLETED";
    }
}
