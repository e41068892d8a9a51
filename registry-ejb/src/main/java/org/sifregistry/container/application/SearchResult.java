package org.sifregistry.container.application;

import java.util.List;

import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.container.domain.ContainerName;

/** What a search found among what the caller may see: collections, and container names with their tags. */
public record SearchResult(List<CollectionSummary> collections, List<ContainerMatch> containers) {

    public record ContainerMatch(CollectionName collection, ContainerName name, List<ImageTag> tags) {
    }
}
