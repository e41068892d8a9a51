package org.sifregistry.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;

/**
 * The admin retention page: what the rules of every collection would delete if the run came now (the dry run), and
 * a run now, which deletes exactly that and says what went.
 */
@Named
@RequestScoped
public class RetentionBacking {

    @Inject
    private RetentionService retention;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private RetentionPlan dryRun;

    public RetentionPlan getDryRun() {
        if (dryRun == null) {
            dryRun = retention.dryRun(caller);
        }
        return dryRun;
    }

    public void run() {
        messages.attempt(() -> retention.run(caller)).ifPresent(deleted -> {
            messages.info("retention.ran", deleted.items().size());
            dryRun = null;
        });
    }
}
