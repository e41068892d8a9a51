package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PageMessages;
import org.sifregistry.retention.application.RetentionService;
import org.sifregistry.retention.application.RetentionSettings;
import org.sifregistry.retention.web.RulesForm;

/**
 * The owners' retention rules on the collection page: keep the last N tags, let unpulled tags and untagged images
 * go after N days, or protect the collection; an empty field is no such rule.
 */
@Named
@ViewScoped
public class CollectionRetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private CollectionBacking page;

    @Inject
    private PageMessages messages;

    private RetentionSettings settings;
    private final RulesForm rules = new RulesForm();
    private boolean protect;

    /** Reads the settings when the page's owner part first shows them; the view keeps them after. */
    @PostConstruct
    void read() {
        show(retention.settingsOf(page.collectionName(), page.caller()));
    }

    /** The collection's settings as last read or saved. */
    public RetentionSettings getSettings() {
        return settings;
    }

    public void save() {
        messages.attempt(() -> retention.set(page.collectionName(), rules.policy(), protect, page.caller()))
                .ifPresent(saved -> {
                    show(saved);
                    messages.info("collection.retention.saved");
                });
    }

    private void show(RetentionSettings shown) {
        settings = shown;
        rules.show(shown.policy());
        protect = shown.protectedCollection();
    }

    public RulesForm getRules() {
        return rules;
    }

    public boolean isProtect() {
        return protect;
    }

    public void setProtect(boolean protect) {
        this.protect = protect;
    }
}
