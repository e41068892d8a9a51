package org.sifregistry.container.application;

import java.io.Serializable;
import java.time.Instant;

import org.sifregistry.container.domain.Container;

/** One tag of a container name as lists show it: its reference, image size, version and when it last moved. */
public record TagSummary(String ref, String tag, long size, String version, String architecture, Instant updated,
                         boolean frozen, long downloadCount) implements Serializable {

    static TagSummary of(Container container) {
        return new TagSummary(container.ref().toString(), container.tag().value(), container.size(),
                container.version(), container.architecture(), container.updated(), container.isFrozen(),
                container.downloadCount());
    }
}
