package org.sifregistry.collection.application;

import java.time.Instant;

/** One row of the collections list. */
public record CollectionSummary(String name, String description, boolean privateCollection, long containerCount,
                                long starCount, long downloadCount, Instant updated) {
}
