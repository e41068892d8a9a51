package org.sifregistry.site.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;

/** The home page: counts and the newest containers the visitor may see. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int NEWEST = 10;

    @Inject
    private CollectionService collections;

    @Inject
    private ContainerService containers;

    @Inject
    private Caller caller;

    private List<Container> newest;

    public long getCollectionCount() {
        return collections.countVisible(caller);
    }

    public long getContainerCount() {
        return containers.countVisible(caller);
    }

    public List<Container> getNewest() {
        if (newest == null) {
            newest = containers.newest(NEWEST, caller);
        }
        return newest;
    }
}
