package org.sifregistry.retention.batch;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;

/**
 * Applies the retention rules, then e-mails owners what goes next; how many tags and images went, their bytes and
 * the e-mails become the exit status.
 */
@Named
@Dependent
public class ApplyRetentionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ApplyRetentionBatchlet.class.getName());

    @Inject
    private StepContext step;

    @Inject
    private RetentionService retention;

    @Override
    public String process() {
        RetentionPlan deleted = retention.runAsScheduled();
        int notices = retention.mailNotices().size();
        LOG.info(() -> "apply-retention deleted " + deleted.items().size() + " tags and images, up to "
                + deleted.bytes() + " bytes, and e-mailed " + notices + " owners what goes next");
        step.setExitStatus("DELETED " + deleted.items().size() + " (" + deleted.bytes() + " bytes), NOTICES "
                + notices);
        return "COMPLETED";
    }
}
