package org.sifregistry.container.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A container name of a collection with all its tags, by tag: one row of the collection page. */
public record ContainerGroup(String name, List<TagSummary> tags) {

    public ContainerGroup {
        tags = List.copyOf(tags);
    }

    /** When one of its tags last moved. */
    public Instant updated() {
        return tags.stream().map(TagSummary::updated).max(Comparator.naturalOrder()).orElse(null);
    }
}
