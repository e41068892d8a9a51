package org.sifregistry.share.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.share.application.ShareService;

/** Deletes share links that expired more than {@code graceDays} days ago; the count becomes the exit status. */
@Named
@Dependent
public class PurgeExpiredSharesBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeExpiredSharesBatchlet.class.getName());

    @Inject
    @BatchProperty
    private String graceDays;

    @Inject
    private StepContext step;

    @Inject
    private ShareService shares;

    @Inject
    private Clock clock;

    @Override
    public String process() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(Long.parseLong(graceDays)));
        int purged = shares.purgeExpiredBefore(cutoff);
        LOG.info(() -> "purge-expired-shares deleted " + purged + " links expired before " + cutoff);
        step.setExitStatus("PURGED " + purged);
        return "COMPLETED";
    }
}
