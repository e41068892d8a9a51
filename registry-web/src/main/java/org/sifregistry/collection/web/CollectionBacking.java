package org.sifregistry.collection.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sifregistry.collection.application.CollectionDetails;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.web.ErrorPages;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.ArtifactSummary;
import org.sifregistry.container.application.ContainerGroup;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.star.application.StarService;
import org.sifregistry.user.web.CallerProducer;

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
    private ArtifactService artifacts;

    @Inject
    private StarService stars;

    // Request-scoped: the caller of each request of this view, not of the first.
    @Inject
    private CallerProducer callers;

    @Inject
    private PageMessages messages;

    private String name;
    private CollectionDetails details;
    private String description;
    private boolean privateCollection;
    /** Read once per request that asks; not kept with the view. */
    private transient List<ArtifactSummary> ociArtifacts;

    private final LazyDataModel<ContainerGroup> groups = PagedModel.of(
            () -> containers.countGroups(collectionName(), caller()),
            page -> containers.groups(collectionName(), page, caller()),
            ContainerGroup::name);

    /** Reads the collection named by {@code ?name=}, or answers 404 (the view action of the first request). */
    public void load() {
        try {
            details = collections.details(collectionName(), caller());
        } catch (NotFoundException | InvalidInputException e) {
            ErrorPages.notFound();
            return;
        }
        description = details.description();
        privateCollection = details.privateCollection();
    }

    public void toggleStar() {
        if (details.starred()) {
            messages.attempt(() -> stars.unstar(collectionName(), caller()), "collection.unstarred", details.name());
        } else {
            messages.attempt(() -> stars.star(collectionName(), caller()), "collection.starred", details.name());
        }
        reload();
    }

    public void save() {
        messages.attempt(() -> collections.describe(collectionName(), description, privateCollection, caller()),
                "collection.saved");
        reload();
    }

    /** Deletes the collection and leads to the collections list, or stays to say why it could not. */
    public String delete() {
        if (messages.attempt(() -> collections.delete(collectionName(), caller()), "collection.deleted",
                details.name())) {
            messages.keepForRedirect();
            return "/collections/index?faces-redirect=true";
        }
        return null;
    }

    /** Reads the collection again after a change; if the caller may no longer see it, the page says so. */
    void reload() {
        messages.attempt(() -> collections.details(collectionName(), caller())).ifPresent(found -> details = found);
    }

    /** The collection's name as the page's service calls take it. */
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

    /** The collection's OCI content that is not SIF images (container images, indexes, signatures, SBOMs). */
    public List<ArtifactSummary> getOciArtifacts() {
        if (ociArtifacts == null) {
            ociArtifacts = artifacts.artifactsOf(collectionName(), caller());
        }
        return ociArtifacts;
    }

    public LazyDataModel<ContainerGroup> getGroups() {
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
