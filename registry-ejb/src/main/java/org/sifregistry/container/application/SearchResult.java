package org.sifregistry.container.application;

import java.time.Instant;
import java.util.List;

import org.sifregistry.collection.application.CollectionSummary;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.container.domain.ContainerName;

/**
 * What a search found among what the caller may see: entities (the names of owners and teams), collections,
 * container names with their tags, and the tagged images of those containers.
 */
public record SearchResult(List<String> entities, List<CollectionSummary> collections,
                           List<ContainerMatch> containers, List<ImageMatch> images) {

    public record ContainerMatch(CollectionName collection, ContainerName name, List<ImageTag> tags) {
    }

    /**
     * One image of a found container, with every tag of the name on it; {@code entity} is the collection's
     * {@link org.sifregistry.collection.domain.Collection#entity()}.
     */
    public record ImageMatch(long id, String entity, CollectionName collection, ContainerName name, String version,
                             long size, String architecture, List<String> tags, boolean signed,
                             List<String> fingerprints, long downloadCount, Instant created) {
    }
}
