package org.sifregistry.container.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.web.PagedModel;
import org.sifregistry.container.application.TopicService;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.user.web.CallerProducer;

/** The page of one topic tag ({@code ?name=}): the visible containers tagged with it. */
@Named
@ViewScoped
public class TopicBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TopicService topics;

    /** Asked at each request: a view outlives the request that opened it, and Caller is not serializable. */
    @Inject
    private CallerProducer callers;

    private String name;

    private final PagedModel<ContainerListing> containers = PagedModel.of(
            () -> topics.countContainers(name, callers.caller()),
            page -> topics.containers(name, page, callers.caller()),
            listing -> listing.ref().toString());

    public PagedModel<ContainerListing> getContainers() {
        return containers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
