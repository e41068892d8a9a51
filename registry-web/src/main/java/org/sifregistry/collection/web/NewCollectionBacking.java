package org.sifregistry.collection.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.site.application.SettingsService;

/**
 * The collections page's form for a new collection: its name and privacy, and for managers and admins the user it
 * is made for. On success it leads to the new collection's page.
 */
@Named
@RequestScoped
public class NewCollectionBacking {

    @Inject
    private CollectionService collections;

    @Inject
    private SettingsService settings;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String name;
    private boolean privateCollection;
    private String owner;

    @PostConstruct
    void startWithTheSitesDefaultPrivacy() {
        privateCollection = settings.get().defaultPrivate();
    }

    /**
     * Leads to the new collection's page, or, when it was made for someone else (whose private collection the
     * manager may not see), back to the list.
     */
    public String create() {
        return messages.attempt(() -> collections.create(new CollectionName(name), privateCollection, owner, caller))
                .map(created -> leadTo(created.name()))
                .orElse(null);
    }

    private String leadTo(CollectionName created) {
        messages.keepForRedirect();
        if (owner == null || owner.isBlank() || owner.strip().equals(caller.username())) {
            messages.info("collections.new.created", created);
            return "/collections/collection?faces-redirect=true&name=" + created;
        }
        messages.info("collections.new.createdFor", created, owner.strip());
        return "/collections/index?faces-redirect=true";
    }

    /** Only managers and admins make collections for others, so only they are offered the owner field. */
    public boolean isOwnerChoosable() {
        return caller.isManager();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPrivateCollection() {
        return privateCollection;
    }

    public void setPrivateCollection(boolean privateCollection) {
        this.privateCollection = privateCollection;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
