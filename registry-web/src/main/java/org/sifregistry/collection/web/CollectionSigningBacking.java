package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.SignedOnly;
import org.sifregistry.common.web.PageMessages;

/** The owners' choice on the collection page of which images the collection takes: any, or signed ones only. */
@Named
@ViewScoped
public class CollectionSigningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private CollectionBacking page;

    @Inject
    private PageMessages messages;

    private SignedOnly rule;

    @PostConstruct
    void read() {
        rule = collections.details(page.collectionName(), page.caller()).signedOnly();
    }

    public void save() {
        messages.attempt(() -> collections.acceptOnly(page.collectionName(), rule, page.caller()))
                .ifPresent(saved -> messages.info("collection.signedOnly.saved"));
    }

    public SignedOnly[] getRules() {
        return SignedOnly.values();
    }

    public SignedOnly getRule() {
        return rule;
    }

    public void setRule(SignedOnly rule) {
        this.rule = rule;
    }
}
