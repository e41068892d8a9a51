package org.sifregistry.storage.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.container.application.SregistryPushService;

/**
 * Forgets the tickets of sregistry pushes whose upload never came. An expired ticket is refused anyway; this only
 * keeps the table small.
 */
@Named
@Dependent
public class ExpiredUploadTicketsBatchlet extends AbstractBatchlet {

    @Inject
    private StepContext step;

    @Inject
    private SregistryPushService pushes;

    @Override
    public String process() {
        int purged = pushes.purgeExpiredTickets();
        step.setExitStatus("UPLOAD_TICKETS " + purged);
        return "COMPLETED";
    }
}
