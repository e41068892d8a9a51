package org.sifregistry.site.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerListing;
import org.sifregistry.stats.application.RankingService;

/** The home page: counts, and the newest and the most pulled containers the visitor may see. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int NEWEST = 10;
    private static final int MOST_PULLED = 10;

    @Inject
    private CollectionService collections;

    @Inject
    private ContainerService containers;

    @Inject
    private RankingService rankings;

    @Inject
    private Caller caller;

    private List<Container> newest;
    private List<ContainerListing> mostPulled;

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

    public List<ContainerListing> getMostPulled() {
        if (mostPulled == null) {
            mostPulled = rankings.mostPulledContainers("", PageRequest.first(MOST_PULLED), caller);
        }
        return mostPulled;
    }
}
