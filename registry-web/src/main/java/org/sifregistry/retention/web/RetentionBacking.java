package org.sifregistry.retention.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;
import org.sifregistry.site.application.SettingsService;

/**
 * The admin retention page: the site's default rules for collections without their own, what the rules would
 * delete if the run came now (the dry run), and a run now, which deletes exactly that and says what went.
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

    @Inject
    private SettingsService settings;

    private RetentionPlan dryRun;
    private final RulesForm rules = new RulesForm();

    /** Shows the stored default; a postback then puts what was typed over it. */
    @PostConstruct
    void read() {
        rules.show(settings.defaultRetention());
    }

    public RetentionPlan getDryRun() {
        if (dryRun == null) {
            dryRun = retention.dryRun(caller);
        }
        return dryRun;
    }

    public void saveDefault() {
        messages.attempt(() -> settings.setDefaultRetention(rules.policy(), caller))
                .ifPresent(saved -> {
                    rules.show(saved);
                    dryRun = null;
                    messages.info("retention.default.saved");
                });
    }

    public RulesForm getRules() {
        return rules;
    }

    public void run() {
        messages.attempt(() -> retention.run(caller)).ifPresent(deleted -> {
            messages.info("retention.ran", deleted.items().size());
            dryRun = null;
        });
    }
}
