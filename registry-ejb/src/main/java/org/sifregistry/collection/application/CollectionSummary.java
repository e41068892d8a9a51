package org.sifregistry.collection.application;

import java.io.Serializable;
import java.time.Instant;

import org.sifregistry.collection.domain.Collection;

/** One row of the collections list. */
public record CollectionSummary(String name, String description, boolean privateCollection, long containerCount,
                                long starCount, long downloadCount, Instant updated) implements Serializable {

    public static CollectionSummary of(Collection c) {
        return new CollectionSummary(c.name().value(), c.description(), c.isPrivate(), c.containerCount(),
                c.starCount(), c.downloadCount(), c.updated());
    }
}
