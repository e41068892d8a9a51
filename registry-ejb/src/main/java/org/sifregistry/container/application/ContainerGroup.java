package org.sifregistry.container.application;

import java.io.Serializable;
import java.util.List;

/** A container name of a collection with all its tags, by tag: one row of the collection page. */
public record ContainerGroup(String name, List<TagSummary> tags) implements Serializable {

    public ContainerGroup {
        tags = List.copyOf(tags);
    }
}
