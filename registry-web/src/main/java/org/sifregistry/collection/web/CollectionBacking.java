package org.sifregistry.collection.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionDetails;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.container.application.ContainerGroup;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.site.web.LazyPages;
import org.sifregistry.site.web.PageFeedback;
import org.sifregistry.user.web.CallerProducer;
import org.sifregistry.star.application.StarService;

/**
 * The collection page ({@code ?name=}): its containers grouped by name, the star toggle, and for its owners the
 * description, the private flag and deleting it. A collection the visitor may not see is answered with 404.
 */
@Named
@ViewScoped
public class CollectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CollectionService collections;

    @Inject
    private ContainerService containers;

    @Inject
    private StarService stars;

    /** Asked on every use: this bean lives in the view, the caller in the request. */
    @Inject
    private CallerProducer callers;

    private String name;
    private CollectionDetails details;
    private LazyPages<ContainerGroup> groups;
    private String description;
    private boolean privateCollection;

    /** Reads the collection named by {@code ?name=}, or answers 404. */
    public void load() {
        try {
            details = collections.details(collectionName(), caller());
        } catch (NotFoundException | InvalidInputException e) {
            PageFeedback.notFound();
            return;
        }
        groups = new LazyPages<>(() -> containers.countGroups(collectionName(), caller()),
                page -> containers.groups(collectionName(), page, caller()), ContainerGroup::name);
        description = details.description();
        privateCollection = details.privateCollection();
    }

    /** Reads the collection again after a change; one the caller may no longer see leads to the list. */
    void reload() {
        try {
            details = collections.details(collectionName(), caller());
        } catch (NotFoundException e) {
            PageFeedback.redirect("/collections/index");
        }
    }

    public void toggleStar() {
        boolean starred = details.starred();
        PageFeedback.attempt(() -> {
            if (starred) {
                stars.unstar(collectionName(), caller());
            } else {
                stars.star(collectionName(), caller());
            }
        }, null);
        reload();
    }

    public void save() {
        PageFeedback.attempt(() -> collections.describe(collectionName(), description, privateCollection, caller()),
                "collection.saved");
        reload();
    }

    public void delete() {
        if (PageFeedback.attempt(() -> collections.delete(collectionName(), caller()), "collection.deleted",
                details.name())) {
            PageFeedback.redirect("/collections/index");
        }
    }

    /** The collection's name as the page and its service calls use it. */
    CollectionName collectionName() {
        return new CollectionName(name);
    }

    Caller caller() {
        return callers.caller();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CollectionDetails getDetails() {
        return details;
    }

    public LazyPages<ContainerGroup> getGroups() {
        return groups;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPrivateCollection() {
        return privateCollection;
    }

    public void setPrivateCollection(boolean privateCollection) {
        this.privateCollection = privateCollection;
    }
}
